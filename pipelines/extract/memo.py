"""Per-word results looked up in bulk from a bounded cache: the words of a text are mostly known, so a set
difference finds the few to compute and one C-level map() reads the rest."""
from __future__ import annotations

from collections.abc import Callable, Hashable


def lookup_all(cache: dict, keys: list[Hashable], compute: Callable, limit: int) -> list:
    """compute(key) for every key, from `cache`; the cache is emptied rather than grown past `limit`."""
    try:  # all known, as is most often the case once the cache is warm: one C-level pass
        return list(map(cache.__getitem__, keys))
    except KeyError:
        pass
    missing = set(keys).difference(cache)
    if missing:
        if len(cache) + len(missing) > limit:
            cache.clear()
            missing = set(keys)
        for key in missing:
            cache[key] = compute(key)
    return list(map(cache.__getitem__, keys))
