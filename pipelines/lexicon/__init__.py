"""Knowledge as data: people, places, countries, trigger and date words, per language, in YAML files
beside this module. `load(name)` reads one file once per process."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent
LANGS = ("hu", "sl", "no", "en")


def _fix_keys(node):
    # YAML 1.1 reads the bare key `no` (Norwegian) as False: give it its name back.
    if isinstance(node, dict):
        return {("no" if k is False else k): _fix_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_fix_keys(v) for v in node]
    return node


@lru_cache(maxsize=None)
def load(name: str):
    with open(HERE / f"{name}.yaml", encoding="utf-8") as fh:
        return _fix_keys(yaml.safe_load(fh))
