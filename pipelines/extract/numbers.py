"""Numbers as news writes them: digits (1,200 / 1.200 / 1 200) or words in the article's language
(három, tri, tre, three), from numbers.yaml."""
from __future__ import annotations

from functools import cache

from pipelines.lexicon import LANGS, load_lang


@cache
def words(lang: str) -> dict[str, int]:
    numbers = load_lang("numbers", lang if lang in LANGS else "en").get("numbers", {})
    return {str(k).lower(): int(v) for k, v in numbers.items()}


def value(text: str, lang: str) -> int | None:
    """The number a token stands for, or None."""
    t = text.replace(",", "").replace(".", "").replace(" ", "") if text[:1].isdigit() else text.lower()
    if t.isdigit():
        return int(t)
    return words(lang).get(t)
