"""One pass over an article that every event extractor shares: tokens, names, word categories, clauses
and dates per sentence.

Word categories come from triggers.yaml and events.yaml. A token's categories are looked up once per
distinct word and cached, so a sentence costs one dictionary lookup per token; phrases of several words
are found by one compiled regex per language over the whole article.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress
from operator import methodcaller, or_

import regex

from pipelines.clean import CleanArticle
from pipelines.extract import dates as dates_mod
from pipelines.extract import morphology
from pipelines.extract.memo import lookup_all
from pipelines.extract.names import (
    Mention,
    Tokens,
    index_for,
    name_ends,
    recognise,
    resolve_namesakes,
    role_starts,
    token_lists,
)
from pipelines.extract.patterns import literal_trie, plain_latin
from pipelines.lexicon import LANGS, load_lang

CATEGORY_FILES = ("triggers", "events")
# Function words match whole words only; `agent` has sides (hu "X által": the actor stands before it).
EXACT_CATEGORIES = {"negation", "clause_split", "conjunction", "full_scope", "condition", "beneficiary", "provider"}
SIDED_CATEGORIES = {"agent"}
CATS_CACHE_SIZE = 200_000
_NONE: list[int] = []
# read in a pass of their own: "for å" (purpose) must not hide "å møte" (participate) in "for å møte Putin"
OWN_PASS_CATEGORIES = {"purpose"}
# phrases listed in the dictionary form whose case forms morphology.phrase_forms() derives ("mirovni načrt" ->
# "za ukrajinskim mirovnim načrtom")
DECLINED_CATEGORIES = {"peace_plan", "meeting"}
CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")", "|"}


@dataclass
class Sent:
    idx: int
    paragraph: int
    start: int
    end: int
    text: str
    tokens: Tokens
    mentions: list[Mention]
    cats: list[frozenset]  # per token
    clause_of: list[int]  # per token: clause number
    dates: list[tuple[dates_mod.DateMention, int]] = field(default_factory=list)  # (mention, token index)
    allcats: frozenset = frozenset()  # every category of any token: has() in O(1)
    where: dict[str, list[int]] | None = None  # category -> token indices, built on first positions()

    def has(self, cat: str) -> bool:
        return cat in self.allcats

    def positions(self, cat: str) -> list[int]:
        """The indices of the tokens of a category, in order (a shared list: do not change it)."""
        if cat not in self.allcats:
            return _NONE
        if self.where is None:
            where: dict[str, list[int]] = {}
            cats = self.cats
            for i in compress(range(len(cats)), cats):  # only tokens with a category
                for c in cats[i]:
                    where.setdefault(c, []).append(i)
            self.where = where
        return self.where.get(cat, _NONE)


@dataclass
class ArticleAnalysis:
    article_id: str
    lang: str
    published: dt.date | None
    anchor: dt.date | None
    sentences: list[Sent]
    text: str


class _Vocab:
    """Word categories of one language: exact words, word beginnings and phrases."""

    def __init__(self, lang: str):
        self.exact: dict[str, set[str]] = {}
        self.prefixes: dict[str, set[str]] = {}  # word beginning -> its categories
        phrases: dict[str, set[str]] = {}

        split: dict[str, set[str]] = {}

        def add(word: str, cat: str, prefix: bool) -> None:
            w = str(word).lower()
            if " * " in w or (cat in OWN_PASS_CATEGORIES and " " in w.strip("$")):
                split.setdefault(w.rstrip("$"), set()).add(cat)
            elif " " in w.strip("$"):
                phrases.setdefault(w.rstrip("$"), set()).add(cat)
            elif w.endswith("$") or not prefix:
                self.exact.setdefault(w.rstrip("$"), set()).add(cat)
            else:
                self.prefixes.setdefault(w, set()).add(cat)

        for fname in CATEGORY_FILES:
            for cat, words in load_lang(fname, lang).items():
                if cat in EXACT_CATEGORIES:
                    for w in words or []:
                        add(w, cat, prefix=False)
                elif cat in SIDED_CATEGORIES:
                    for side, ws in (words or {}).items():
                        for w in ws:
                            add(w, f"{cat}_{side}", prefix=False)
                elif isinstance(words, list):
                    for w in words:
                        if not str(w).startswith("-"):  # "-tól": a case ending, read by morphology
                            add(w, cat, prefix=True)
                        if cat in DECLINED_CATEGORIES:
                            for form in morphology.phrase_forms(str(w), lang):
                                add(form, cat, prefix=True)
        self.longest_prefix = max(map(len, self.prefixes), default=0)
        self.phrases = phrases
        alts = sorted(phrases, key=len, reverse=True)
        self.phrase_rx = (regex.compile(r"(?<!\p{L})(?:" + "|".join(regex.escape(p) for p in alts) + r")", regex.I)
                          if alts else None)
        # The same for plain Latin text (patterns.py), many times faster. Each match also takes the character
        # before the phrase (a non-letter, as the lookbehind above requires) so that the engine skips from one
        # such character to the next instead of trying every position: see _trie_hits().
        self.phrase_trie = (re.compile(r"[\W\d_](?:" + literal_trie(alts) + ")")
                            if alts and all(plain_latin(p) for p in alts) else None)
        # a phrase split by one word, "slo * til mot": a particle verb with the subject between verb and particle
        # in inverted word order ("I natt slo Russland til mot Kyiv"); the categories go to the verb. Phrases of
        # OWN_PASS_CATEGORIES are read here too, so that they hide no phrase starting inside them
        self.split_phrases = [(regex.compile(r"(?<!\p{L})" + r"\s+".join(
            r"\p{L}+" if w == "*" else regex.escape(w) for w in p.split()) + r"(?!\p{L})", regex.I), frozenset(c))
            for p, c in split.items()]
        self.cache: dict[str, frozenset] = {}

    def cats_of(self, words: list[str]) -> list[frozenset]:
        """cats() of every word, from the cache in one C-level pass."""
        return lookup_all(self.cache, words, self._cats, CATS_CACHE_SIZE)

    def cats(self, word: str) -> frozenset:
        hit = self.cache.get(word)
        if hit is None:
            hit = self._cats(word)
            if len(self.cache) >= CATS_CACHE_SIZE:
                self.cache.clear()
            self.cache[word] = hit
        return hit

    def _cats(self, word: str) -> frozenset:
        found = set(self.exact.get(word, ()))
        # every beginning of the word looked up, rather than every listed beginning tried on the word
        prefixes = self.prefixes
        for k in range(min(len(word), self.longest_prefix) + 1):
            cats = prefixes.get(word[:k])
            if cats:
                found |= cats
        return frozenset(found)


@cache
def vocab(lang: str) -> _Vocab:
    return _Vocab(lang if lang in LANGS else "en")


# the rest of a wire dateline after its date: " (Reuters) -", " (AP) —"
_DATELINE = re.compile(r"\s*\([^()\n]{1,30}\)\s*[-–—]")


def analyse(article_id: str, art: CleanArticle) -> ArticleAnalysis:
    lang = art.language if art.language in LANGS else "en"
    voc = vocab(lang)
    text = art.text
    all_dates = dates_mod.find_dates(text, lang)
    anchor = dates_mod.anchor_of(all_dates) if art.published_date is None else None
    phrase_hits = []
    if voc.phrase_rx is not None:
        low = text.lower()
        if voc.phrase_trie is not None and plain_latin(low):
            phrase_hits = _trie_hits(voc, low)
        else:  # the text itself: lower() may lengthen it (İstanbul), and offsets must stay the text's
            phrases = voc.phrases
            phrase_hits = [(m.start(), phrases[m[0].lower()]) for m in voc.phrase_rx.finditer(text)]
    if voc.split_phrases:
        for rx, pcats in voc.split_phrases:
            phrase_hits.extend((m.start(), pcats) for m in rx.finditer(text))
        phrase_hits.sort(key=lambda h: h[0])
    phrase_starts = [h[0] for h in phrase_hits]
    date_starts = [d.start for d in all_dates]
    prep_index = index_for(lang)
    # The whole article is tokenised and categorised at once; a sentence takes its slice of the lists.
    toks = token_lists(text)
    texts, lowers, starts, ends = toks.texts, toks.lowers, toks.starts, toks.ends
    all_cats = voc.cats_of(lowers)
    # tokens that can end a name or begin a role, found over the whole article in C-level passes
    all_ends, all_roles = name_ends(prep_index, lowers), role_starts(prep_index, lowers)
    sentences = []
    namesakes = False
    k1 = 0
    for s in art.sentences:
        k0 = bisect.bisect_left(starts, s.start, k1)
        k1 = bisect.bisect_left(starts, s.end, k0)
        if (k0 and ends[k0 - 1] > s.start) or (k1 > k0 and ends[k1 - 1] > s.end):
            # a token runs across the sentence's edge: the sentence is tokenised on its own
            tokens = token_lists(s.text, s.start)
            cats = voc.cats_of(tokens.lowers)
            k1 = bisect.bisect_left(starts, s.end, k0)
            sent_ends = sent_roles = None
        else:
            tokens = Tokens(texts[k0:k1], lowers[k0:k1], starts[k0:k1], ends[k0:k1])
            cats = all_cats[k0:k1]
            sent_ends = _within(all_ends, k0, k1)
            sent_roles = _within(all_roles, k0, k1)
        sent_starts = tokens.starts
        # phrases: mark the token where the phrase begins
        p = bisect.bisect_left(phrase_starts, s.start)
        while p < len(phrase_hits) and phrase_starts[p] < s.end:
            ps, pcats = phrase_hits[p]
            i = bisect.bisect_left(sent_starts, ps)
            if i < len(cats):
                cats[i] = cats[i] | pcats
            p += 1
        mentions = recognise(tokens, lang, sent_ends, sent_roles, initial_word=bool(cats and cats[0]))
        allcats = frozenset().union(*cats)
        clause_of = _clauses(tokens.texts, cats, "clause_split" in allcats)
        sent = Sent(s.idx, s.paragraph, s.start, s.end, s.text, tokens, mentions, cats, clause_of,
                    allcats=allcats)
        k = bisect.bisect_left(date_starts, s.start)
        while k < len(all_dates) and all_dates[k].start < s.end:
            d = all_dates[k]
            k += 1
            if d.start - s.start < 40 and _DATELINE.match(text, d.end):
                continue  # "RIYADH, Sept 17 (Reuters) -": the dateline dates the report, not its events
            ti = max(0, bisect.bisect_right(sent_starts, d.start) - 1)
            sent.dates.append((d, ti))
        if len(sent.dates) > 1:
            _join_apposed_date(sent)
        if len(mentions) > 1:
            _inherit_preps(sent, prep_index)
        sentences.append(sent)
        namesakes = namesakes or any(m.namesake for m in mentions)
    if namesakes:
        resolve_namesakes([m for sent in sentences for m in sent.mentions])
    return ArticleAnalysis(article_id, lang, art.published_date, anchor, sentences, text)


def _trie_hits(voc: _Vocab, low: str) -> list[tuple[int, frozenset]]:
    """(start, categories) of every phrase in the lowered text, as phrase_rx.finditer() finds them. The text is
    read behind one space, so that a phrase at its start has a character before it; a match's start is then
    the phrase's start in the text. After a phrase the search goes on from its last character, which may come
    before the next phrase ("article 5 ...")."""
    search, padded, phrases = voc.phrase_trie.search, " " + low, voc.phrases
    hits, pos = [], 0
    while (m := search(padded, pos)) is not None:
        hits.append((m.start(), phrases[m[0][1:]]))
        pos = m.end() - 1
    return hits


_has_clause_split = methodcaller("__contains__", "clause_split")


def _within(indices: list[int], k0: int, k1: int) -> list[int]:
    """The indices in [k0, k1), counted from k0."""
    lo, hi = bisect.bisect_left(indices, k0), bisect.bisect_left(indices, k1)
    return [i - k0 for i in indices[lo:hi]] if k0 else indices[lo:hi]


def _clauses(texts: list[str], cats: list[frozenset], has_split_words: bool,
             joined: set[int] | None = None) -> list[int]:
    """Per token, the number of clause boundaries (punctuation, clause-splitting words) up to and
    including it; tokens in `joined` (commas around an apposed date) are no boundary."""
    bounds = map(CLAUSE_PUNCT.__contains__, texts)
    if has_split_words:
        bounds = map(or_, bounds, map(_has_clause_split, cats))
    if joined:
        bounds = [b and i not in joined for i, b in enumerate(bounds)]
    out = list(accumulate(bounds, initial=0))
    del out[0]
    return out


APPOSED_GAP = 3  # characters between a weekday and its date: ", " or " "
# a word after the closing comma that opens a clause of its own: "v sredo, 2. decembra, ko ...", "..., and ..."
_CLAUSE_OPENERS = frozenset({"complementizer", "relative_pronoun", "conjunction", "clause_split", "when"})
_REPORTING = frozenset({"speech", "attribution"})


def _join_apposed_date(sent: Sent) -> None:
    """"se bodo v sredo, 2. decembra, sestali na Dunaju", "szerdán, december 2-án, Bécsben", "will meet on
    Wednesday, Dec. 2, in Vienna": a date set off by commas after its weekday names the same day; the commas
    around it part no clauses, so the verb ("bodo ... sestali") stays in one clause. The closing comma stays a
    boundary when a word after it opens a clause ("..., ko se bodo ...", "..., and ...") or what follows it reports
    who said it ("..., 2. decembra, je dejal Peskov", "..., Dec. 2, Peskov said")."""
    texts, starts, cats = sent.tokens.texts, sent.tokens.starts, sent.cats
    joined: set[int] = set()
    for (d, ti), (nxt, tj) in zip(sent.dates, sent.dates[1:], strict=False):
        if not (d.kind == "weekday" and nxt.kind == "day" and nxt.month and 0 < nxt.start - d.end <= APPOSED_GAP):
            continue
        comma = next((j for j in range(ti + 1, tj + 1) if texts[j] == "," and d.end <= starts[j] < nxt.start), None)
        if comma is None:
            continue  # "onsdag 2. desember": no comma opens an apposition
        joined.add(comma)
        close = bisect.bisect_left(starts, nxt.end, tj)
        if close + 1 < len(texts) and texts[close] == "," and not cats[close + 1] & _CLAUSE_OPENERS:
            rest = next((k for k in range(close + 1, len(texts)) if texts[k] in CLAUSE_PUNCT), len(texts))
            if not any(cats[k] & _REPORTING for k in range(close + 1, rest)):
                joined.add(close)  # not "..., 2. decembra, je dejal Peskov": the report is a clause of its own
    if joined:
        sent.clause_of = _clauses(texts, cats, sent.has("clause_split"), joined)


def _inherit_preps(sent: Sent, idx) -> None:
    """In "with representatives of the US and Ukraine", Ukraine takes the preposition of the US."""
    ms = sent.mentions
    for a, b in zip(ms, ms[1:], strict=False):
        if b.prep is None and b.group in ("base", "other", "dat", "adj") and a.prep is not None:
            gap = sent.tokens[a.end:b.start]
            if len(gap) == 1 and "conjunction" in sent.cats[a.end]:
                b.prep = a.prep
