"""Language of an article: a stop-word vote for the four languages parley reads natively, py3langid for
the rest (a one-pass count is far cheaper than a classifier and at least as sure on news prose)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress
from operator import not_

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
    low = sample.lower()
    votes = _fast_votes(low, table)
    if votes is None:
        words = _WORD.findall(low)
        votes = _votes(words, table)
        n_words = len(words)
    else:
        votes, n_words = votes
    if votes:
        best = max(votes, key=votes.get)
        total = sum(votes.values())
        if votes[best] >= 3 and votes[best] / total >= 0.45 and votes[best] >= 0.04 * n_words:
            return best
    if not n_words:
        return "und"
    import py3langid  # only for languages outside our four

    code, _ = py3langid.classify(sample)
    code = "no" if code in ("nb", "nn") else code
    # A short text gives the stop-word vote too little to be sure, and the classifier then confuses
    # neighbours (Norwegian with Danish, Slovenian with Croatian): a neighbour of the vote's winner is it.
    if votes and _NEIGHBOURS.get(code) == max(votes, key=votes.get):
        return _NEIGHBOURS[code]
    return code


_NEIGHBOURS = {"da": "no", "sv": "no", "hr": "sl", "bs": "sl", "sr": "sl"}


def _votes(words: list[str], table: dict[str, tuple[str, ...]]) -> dict[str, float]:
    """Each stop word gives its languages one vote, shared between them; languages in the order seen."""
    votes: dict[str, float] = {}
    for w in words:
        langs = table.get(w)
        if langs:
            share = 1.0 / len(langs)
            for lang in langs:
                votes[lang] = votes.get(lang, 0.0) + share
    return votes


def _fast_votes(low: str, table: dict[str, tuple[str, ...]]) -> tuple[dict[str, float], int] | None:
    """_votes() and the number of words, from word counts rather than a loop over every word; None when
    the result could depend on the order of the words (see below), and the caller counts in order."""
    if not _dyadic_shares():
        return None  # a share of 1/3 sums differently in another order
    chunks = low.split()
    is_word = list(map(str.isalpha, chunks))
    counts = Counter(compress(chunks, is_word))
    counts.update(_WORD.findall(" ".join(compress(chunks, map(not_, is_word)))))
    votes: dict[str, float] = {}
    for w in table.keys() & counts.keys():
        langs = table[w]
        share = counts[w] / len(langs)
        for lang in langs:
            votes[lang] = votes.get(lang, 0.0) + share
    if votes and list(votes.values()).count(max(votes.values())) > 1:
        return None  # a tie goes to the language seen first
    return votes, counts.total()


@lru_cache(maxsize=1)
def _dyadic_shares(table_id: int = 0) -> bool:
    return all(len(langs) in (1, 2, 4) for langs in _table().values())
