"""Language of an article: a stop-word vote for the four languages parley reads natively, py3langid for
the rest (a one-pass count is far cheaper than a classifier and at least as sure on news prose)."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipelines.lexicon import LANGS, load_lang

_WORD = regex.compile(r"\p{L}+")
SAMPLE = 2000


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    owners: dict[str, list[str]] = {}
    for lang in LANGS:
        for w in load_lang("stopwords", lang).get("stopwords", []):
            owners.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in owners.items()}


def detect(text: str) -> str:
    sample = text[:SAMPLE]
    table = _table()
    votes: dict[str, float] = {}
    words = _WORD.findall(sample.lower())
    for w in words:
        langs = table.get(w)
        if langs:
            share = 1.0 / len(langs)
            for lang in langs:
                votes[lang] = votes.get(lang, 0.0) + share
    if votes:
        best = max(votes, key=votes.get)
        total = sum(votes.values())
        if votes[best] >= 3 and votes[best] / total >= 0.45 and votes[best] >= 0.04 * len(words):
            return best
    if not words:
        return "und"
    import py3langid  # only for languages outside our four

    code, _ = py3langid.classify(sample)
    return "no" if code in ("nb", "nn") else code
