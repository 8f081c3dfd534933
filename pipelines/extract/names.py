"""People, places and countries in text, normalised to canonical English whatever the language or case.

The lexicon (people.yaml, places.yaml, countries.yaml, the generated world.yaml) lists base spellings;
morphology.py derives the case forms, which FormIndex finds on first sight from the names' stems and memoises
per token, so recognising a sentence costs about one dictionary lookup per token. Names not in the lexicon are
still found beside a role word (minister, envoy, admiral).
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, compress, repeat
from typing import NamedTuple

import regex

from pipelines.extract import morphology
from pipelines.extract.memo import lookup_all
from pipelines.lexicon import LANGS, load, load_lang

# Numbers (with a hyphenated suffix: 20-point), words (with inner hyphens, apostrophes, dots: Abu-Dzabiban,
# Putin's, U.S.), single punctuation marks. The stdlib engine: it tokenises about a third faster. Words come
# first: they are most tokens, and the three alternatives begin with different characters (a letter, a digit,
# neither), so their order changes no token.
TOKEN = re.compile(r"[^\W\d_](?:[\w'.-]*[^\W_])?|\d+(?:[.,]\d{3})*(?:[.,]\d+)?(?:-[^\W\d_]+)?|[^\w\s]")


@dataclass(frozen=True)
class Entry:
    etype: str  # person | place | country
    eid: str
    name: str  # canonical English
    country: str | None
    role: str | None = None
    kind: str | None = None  # place kind: city | region | landmark
    actor: bool = False  # a place name that also stands for a government (Moscow, the Kremlin)
    region: str | None = None  # Ukrainian region for attacks
    city: str | None = None  # the city a landmark stands in
    in_region: str | None = None  # the region a city lies in (Miami: Florida)
    belligerent: bool = False
    generated: bool = False  # a place of world.yaml (scripts/gazetteer.py), not listed by hand


@dataclass(slots=True)
class Mention:
    entry: Entry
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    char_start: int
    char_end: int
    surface: str
    group: str  # base | loc | ill | com | dat | about | poss | adj | region_adj | other (see morphology.py)
    prep: str | None = None  # the group a preceding preposition gives (loc, com, about, between, ...)
    adjective: bool = False
    title_start: int | None = None  # a person missing from the lexicon: where the title before the name begins
    title_after: int | None = None  # ... or where the title after the name begins ("X, head of Poland's bureau")
    namesake: bool = False  # a surname several people of the lexicon share, with no given name to choose


class Token(NamedTuple):
    text: str
    lower: str
    start: int
    end: int


@dataclass
class Index:
    lang: str
    by_last: FormIndex = None  # name forms -> records (prefix words, entry, case group, capitalised)
    first_names: set[str] = field(default_factory=set)
    first_of: dict[str, dict[str, str]] = field(default_factory=dict)  # person id -> their given names' forms
    namesakes: set[str] = field(default_factory=set)  # surname forms of two or more people (Fedorov, Orbán)
    preps: dict[str, str] = field(default_factory=dict)
    roles: dict[tuple[str, ...], str] = field(default_factory=dict)
    role_first: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    relations: set[str] = field(default_factory=set)
    not_names: set[str] = field(default_factory=set)
    role_cache: dict[str, tuple] = field(default_factory=dict)
    region_nouns: set[str] = field(default_factory=set)  # regija, oblast in their cases (sl)
    region_links: set[str] = field(default_factory=set)
    region_articles: set[str] = field(default_factory=set)
    region_after_prep: set[str] = field(default_factory=set)  # oblasti: a region, or the authorities (sl)
    bodies: set[str] = field(default_factory=set)  # urada, sveta: a body's noun between a role and a name (sl)
    list_and: set[str] = field(default_factory=set)  # and, og, in, és: the join before a list's last name
    particles: set[str] = field(default_factory=set)  # bin, ibn: inside a name, before its last part


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


ROLE_CACHE_SIZE = 100_000
_new_token = tuple.__new__


class Tokens:
    """The tokens of a sentence as four parallel lists (text, lower-cased, start, end).

    Building a Token object per token would cost more than finding the tokens; hot paths read the lists,
    and `tokens[i]` builds the Token of one position only when asked."""

    __slots__ = ("texts", "lowers", "starts", "ends")

    def __init__(self, texts: list[str], lowers: list[str], starts: list[int], ends: list[int]):
        self.texts, self.lowers, self.starts, self.ends = texts, lowers, starts, ends

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(map(_new_token, repeat(Token),
                            zip(self.texts[i], self.lowers[i], self.starts[i], self.ends[i], strict=True)))
        return _new_token(Token, (self.texts[i], self.lowers[i], self.starts[i], self.ends[i]))

    def __iter__(self):
        return map(_new_token, repeat(Token), zip(self.texts, self.lowers, self.starts, self.ends, strict=True))

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def __repr__(self) -> str:
        return f"Tokens({self.texts!r})"


# The same pattern as one capturing group: re.split() then returns the gaps and the tokens alternately,
# and their running lengths are the offsets, with no match object per token.
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")


def token_lists(text: str, offset: int = 0) -> Tokens:
    parts = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=offset))
    texts = parts[1::2]
    return Tokens(texts, list(map(str.lower, texts)), offsets[1::2], offsets[2::2])


def tokenize(text: str, offset: int = 0) -> Tokens:
    return token_lists(text, offset)


FORM_CACHE_SIZE = 100_000


@lru_cache(maxsize=4096)
def _word_forms(word: str, lang: str) -> dict[str, str]:
    return morphology.forms(word, lang)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


def _stems(low: str, forms) -> set[str]:
    """The stems to file a name under. The shortest of what each form shares with the name is shared by every form,
    and _derive tries every prefix of a token, so filing under it alone finds the same names; min and max find it at C
    speed (ten thousand generated cities made the letter-by-letter loop over every form the build's main cost)."""
    stem = os.path.commonprefix([low, min(forms, default=low), max(forms, default=low)])
    return {stem} if stem else {_common_prefix(form, low) for form in forms} - {""}


class FormIndex:
    """Every case form of the lexicon's names -> its records, derived on first sight instead of up front.

    A Hungarian or Slovenian name has a hundred case forms: listing them all held a million strings per process.
    Instead each name's last word is filed under its stems (what its forms share with it: putyin; münch for
    München -> Münchna), and a token is looked up by its prefixes among the stems and checked against the forms
    of the words found; the answer is memoised per token. Records are (prefix words, entry, case group, whether
    the name must be capitalised), ordered as before: longer names first, then in lexicon order."""

    def __init__(self, lang: str):
        self.lang = lang
        self.by_stem: dict[str, list[str]] = {}  # stem -> last words of names
        self.aliases: dict[str, list[tuple[int, tuple[str, ...], Entry, bool]]] = {}  # last word -> (order, ...)
        self.listed: dict[str, list[tuple[int, tuple]]] = {}  # forms given, not derived (adjectives)
        self.seen: dict[str, tuple] = {}  # token -> its records, () for none
        self.can_end: dict[str, bool] = {}  # token -> whether it can end a name (name_ends)
        self._order = 0

    def _next(self) -> int:
        self._order += 1
        return self._order

    def add_name(self, prefix: tuple[str, ...], last: str, entry: Entry, cap: bool) -> None:
        if last not in self.aliases:
            low = last.lower()
            for stem in _stems(low, _word_forms(last, self.lang)):
                self.by_stem.setdefault(stem, []).append(last)
        self.aliases.setdefault(last, []).append((self._next(), prefix, entry, cap))

    def add_form(self, form: str, record: tuple, first: bool = False) -> None:
        """A form with its record; `first`: before every record of the form filed so far."""
        self.listed.setdefault(form, []).append((-self._next() if first else self._next(), record))

    def __contains__(self, low: str) -> bool:
        return bool(self.get(low))

    def __getitem__(self, low: str) -> tuple:
        return self.get(low)

    def get(self, low: str, default=()) -> tuple:
        hit = self.seen.get(low)
        if hit is None:
            if len(self.seen) >= FORM_CACHE_SIZE:
                self.seen.clear()
            hit = self.seen[low] = self._derive(low)
        return hit or default

    def ends(self, lowers: list[str]) -> list[bool]:
        """Per token, whether it can end a name: a name form, or a word with a hyphen (a name form before it);
        memoised per word, so that a warm memo answers in one C-level pass."""
        return lookup_all(self.can_end, lowers, self._can_end, FORM_CACHE_SIZE)

    def _can_end(self, low: str) -> bool:
        return bool(self.get(low)) or "-" in low

    def listed_records(self, form: str) -> list[tuple]:
        return [r for _, r in self.listed.get(form, ())]

    def _derive(self, low: str) -> tuple:
        found = list(self.listed.get(low, ()))
        words: set[str] = set()
        for k in range(len(low), 0, -1):
            for word in self.by_stem.get(low[:k], ()):
                if word in words:
                    continue
                words.add(word)
                group = _word_forms(word, self.lang).get(low)
                if group is None:
                    continue
                for order, prefix, entry, cap in self.aliases[word]:
                    if group == "locadj" and entry.etype == "country":
                        continue  # a country's adjective is its nationality (listed in countries.yaml), not a venue
                    found.append((order, (prefix, entry, group, cap)))
        if not found:
            return ()
        found.sort(key=lambda o: (-len(o[1][0]), o[0]))
        return tuple(r for _, r in found)

    def forms_of(self, last: str) -> dict[str, str]:
        return _word_forms(last, self.lang)


def _add(index: Index, alias: str, entry: Entry, lang: str, cap: bool) -> None:
    *prefix, last = alias.split()
    index.by_last.add_name(tuple(w.lower() for w in prefix), last, entry, cap)
    if entry.etype == "place" and not prefix and morphology.own_adjective(last, lang):
        # "a miami tárgyalás": the name in lower case is its adjective
        index.by_last.add_form(last.lower(), ((), entry, "locadj", cap))


@cache
def _world() -> dict:
    """world.yaml, read once for the four languages' indexes (ten thousand places)."""
    return load("world")


@cache
def index_for(lang: str) -> Index:
    """The recognition index of one language; languages outside our four use the English rules."""
    rules_lang = lang if lang in LANGS else "en"
    idx = Index(lang, FormIndex(rules_lang))
    idx.preps = morphology.prepositions(rules_lang)
    idx.region_nouns, idx.region_links, idx.region_articles = morphology.region_words(rules_lang)
    idx.region_after_prep = morphology.region_nouns_after_preposition(rules_lang)
    for p in load("people"):
        entry = Entry("person", p["id"], p["name"], p.get("country"), role=p.get("role"))
        for alias in p["names"]:
            _add(idx, alias, entry, rules_lang, True)
        for first in p.get("first", []) or []:
            given = morphology.forms(first, rules_lang)
            idx.first_names.update(given)
            idx.first_of.setdefault(entry.eid, {}).update(given)
    world = _world()  # generated (scripts/gazetteer.py): countries and capitals not listed by hand
    listed = load("places")
    for k, pl in enumerate([*listed, *world["places"]]):
        entry = Entry("place", "place:" + pl["name"].lower().replace(" ", "-"), pl["name"], pl["country"],
                      kind=pl["kind"], actor=bool(pl.get("actor")), region=pl.get("ua_region"),
                      city=pl.get("in"), in_region=pl.get("in_region"), generated=k >= len(listed))
        for alias in pl["names"]:
            _add(idx, alias, entry, rules_lang, True)
        if pl.get("ua_region"):
            _add_region_adjectives(idx, pl, entry, rules_lang)
    for code, c in [*load("countries").items(), *world["countries"].items()]:
        entry = Entry("country", "country:" + code, code, code, belligerent=bool(c.get("belligerent")))
        for alias in c["names"]:
            _add(idx, alias, entry, rules_lang, True)
        for stem in (c.get("adj") or {}).get(rules_lang, []):
            for form in morphology.adjective_forms(stem, rules_lang):
                idx.by_last.add_form(form.lower(), ((), entry, "adj", rules_lang == "en"))
    roles = load_lang("roles", rules_lang)
    listed = roles.get("roles") or {}
    for word, english in listed.items():
        key = tuple(token_lists(word).lowers)  # split as text is: "lt. gen." is lt . gen .
        idx.roles[key] = english
        idx.role_first.setdefault(key[0], []).append(key)
    # roles of several words in their cases, derived ("zunanji minister" -> z zunanjim ministrom); a listed form wins
    nouns = frozenset(w.lower() for w in (*listed, *roles.get("relation", [])) if " " not in w)
    for word, english in listed.items():
        for form in morphology.phrase_forms(word, rules_lang, nouns):
            key = tuple(token_lists(form).lowers)
            if key not in idx.roles:
                idx.roles[key] = english
                idx.role_first.setdefault(key[0], []).append(key)
    for keys in idx.role_first.values():
        keys.sort(key=len, reverse=True)
    # relation nouns in their case forms too, derived like names' ("veje" -> vejét, vejével, vejének)
    idx.relations = {f for w in roles.get("relation", []) for f in (w.lower(), *morphology.forms(w, rules_lang))}
    idx.not_names = {w.lower() for w in load("not_names")["not_names"]}
    idx.particles = {w.lower() for w in load("not_names").get("name_particles", [])}
    idx.bodies = {w.lower() for w in roles.get("body", [])}
    idx.list_and = {w.lower() for w in roles.get("list_and", [])}
    idx.namesakes = _namesake_forms(idx.by_last)
    return idx


def _namesake_forms(forms: FormIndex) -> set[str]:
    """The forms of a surname that two or more people of the lexicon are known by alone (Fedorov, Orbán)."""
    people: dict[str, set[str]] = {}
    for last, aliases in forms.aliases.items():
        eids = {e.eid for _, prefix, e, _ in aliases if not prefix and e.etype == "person"}
        if eids:
            for form in forms.forms_of(last):
                people.setdefault(form, set()).update(eids)
    return {form for form, eids in people.items() if len(eids) > 1}


def _add_region_adjectives(idx: Index, pl: dict, entry: Entry, lang: str) -> None:
    """"v harkovski regiji", "dnipropetrovska oblast": the place's adjective (derived by morphology.py, in
    lower case) names its Ukrainian region when a region noun follows (checked in _lookup)."""
    if not idx.region_nouns:
        return
    region = pl["ua_region"]
    if entry.kind != "region":
        name = f"{region} Oblast"
        entry = Entry("place", "place:" + name.lower().replace(" ", "-"), name, pl["country"], kind="region",
                      region=region)
    forms = {f for alias in pl["names"] for f in morphology.place_adjectives(alias, lang)}
    for form in sorted(forms):
        if ((), entry, "region_adj", False) not in idx.by_last.listed_records(form):
            # first: before a region noun the region wins over the city's own adjective (hu "a harkivi terület")
            idx.by_last.add_form(form, ((), entry, "region_adj", False), first=True)


REGION_LIST = 4  # place adjectives in one list before a region noun: "a donyecki, a luhanszki és a herszoni megye"


def _before_region_noun(idx: Index, lowers: list[str], i: int) -> bool:
    """A region noun right after the adjective, or after a list of such adjectives joined by commas and links
    ("v harkovski in sumski oblasti", "a zaporizzsjai és a herszoni megye")."""
    j, n = i + 1, len(lowers)
    for _ in range(REGION_LIST):
        if j >= n:
            return False
        if lowers[j] in idx.region_nouns:
            return True
        if lowers[j] not in idx.region_links and lowers[j] != ",":
            return False
        j += 1
        if j < n and lowers[j] in idx.region_articles:
            j += 1
        j += 1  # the next adjective of the list
    return False


_PLACE_PREP_GROUPS = ("loc", "from", "against")


def _authorities(idx: Index, lowers: list[str], i: int) -> bool:
    """"Kijevske oblasti so sporočile" (the Kyiv authorities), not "v Kijevski oblasti": a region's adjective
    before a noun that also means "authorities" names the region only after a preposition of place, right
    before it or before the adjective it is linked to ("v harkovski in sumski oblasti")."""
    if i + 1 >= len(lowers) or lowers[i + 1] not in idx.region_after_prep:
        return False
    j = i - 3 if i >= 3 and lowers[i - 1] in idx.region_links else i - 1
    return j < 0 or idx.preps.get(lowers[j]) not in _PLACE_PREP_GROUPS


def _prefix_ok(lowers: list[str], i: int, prefix: tuple[str, ...]) -> bool:
    if i - len(prefix) < 0:
        return False
    for k, want in enumerate(prefix):
        tok = lowers[i - len(prefix) + k]
        if tok == want:
            continue
        # Slovenian declines every word of a name (Velike Britanije): accept the same stem.
        stem = want[:-1] if len(want) > 3 else want
        if not tok.startswith(stem):
            return False
    return True


def _lookup(idx: Index, tokens: Tokens, i: int):
    low, text = tokens.lowers[i], tokens.texts[i]
    cands = idx.by_last.get(low)
    if not cands and "-" in low:
        # Anchorage-ben is covered by the rules; USA-støttede, Donbas-regionen fall back to their head. A place's
        # adjective names something of the place's, not the place: "a Genfi-tó" is Lake Geneva
        head = low.split("-")[0]
        cands = [(p, e, "other", cap) for p, e, g, cap in idx.by_last.get(head, [])
                 if not p and g not in ("region_adj", "locadj")]
    if not cands:
        return None
    for prefix, entry, group, cap in cands:
        if prefix:
            if not _prefix_ok(tokens.lowers, i, prefix):
                continue
            # "Bela hiša", "Det hvite hus", "De forente arabiske emirater": a name of several words is
            # capitalised on its first word only
            if cap and not tokens.texts[i - len(prefix)][:1].isupper():
                continue
        elif cap and not text[:1].isupper() and group != "locadj":
            continue
        if group == "region_adj" and not _before_region_noun(idx, tokens.lowers, i):
            continue
        if entry.kind == "region" and idx.region_after_prep and _authorities(idx, tokens.lowers, i):
            continue
        return prefix, entry, group
    return None


def _adjective_pair(idx: Index, low: str) -> tuple[Entry, Entry] | None:
    """"british-french", "britisk-franske", "amerikansko-ukrajinski": two nationality adjectives joined by a hyphen
    name two countries (the first may lack its ending, "britisk-"); None for anything else."""
    head, _, tail = low.partition("-")
    def adj(word: str) -> Entry | None:
        return next((e for p, e, g, _ in idx.by_last.get(word, []) if not p and g == "adj"
                     and e.etype == "country"), None)
    first, second = adj(head), adj(tail)
    return (first, second) if first is not None and second is not None and first != second else None


def name_ends(idx: Index, lowers: list[str]) -> list[int]:
    """The tokens that can end a name: a name form, or a word with a hyphen (a name form before it)."""
    return list(compress(range(len(lowers)), idx.by_last.ends(lowers)))


def role_starts(idx: Index, lowers: list[str]) -> list[int]:
    """The tokens that can begin a role (the role keys of every word memoised first)."""
    cache = idx.role_cache
    missing = set(lowers).difference(cache)
    if len(cache) + len(missing) >= ROLE_CACHE_SIZE:
        cache.clear()
        missing = set(lowers)
    for word in missing:
        _role_keys(idx, word)
    return list(compress(range(len(lowers)), map(cache.__getitem__, lowers)))


def recognise(tokens: Tokens, lang: str, ends: list[int] | None = None,
              roles: list[int] | None = None, initial_word: bool = False) -> list[Mention]:
    """Lexicon mentions in one sentence's tokens, longest match first, plus unknown people by role.
    `ends` and `roles` (name_ends, role_starts of these tokens) may come from one pass over the article;
    `initial_word`: the sentence's first token is a word of the language's vocabulary (a verb, a function word),
    capitalised only by its place ("Tárgyalt Christopher Landau amerikai külügyminiszter-helyettes")."""
    idx = index_for(lang)
    found: list[Mention] = []
    texts, lowers = tokens.texts, tokens.lowers
    n = len(texts)
    taken = [False] * n
    for i in name_ends(idx, lowers) if ends is None else ends:
        hit = _lookup(idx, tokens, i)
        if hit is None:
            continue
        prefix, entry, group = hit
        if entry.generated and (group == "base" or lang == "sl") and _given_name(idx, tokens, i):
            # "Badr Albusaidi", "Maia Sandu", sl "z Maio Sandu" (Slovenian declines the given name too): a town of the
            # gazetteer named like a person, before a surname
            continue
        start = i - len(prefix)
        if any(taken[start:i]):
            prev = found[-1] if found else None
            if prev is not None and entry.etype == "person" and prev.entry == entry and start < prev.end == i:
                # "Pope Leo XIV('s)": the last word of a longer spelling of the person just found lengthens the
                # mention and gives it its case
                prev.end, prev.char_end, prev.group = i + 1, tokens.ends[i], group
                prev.surface = " ".join(texts[prev.start:i + 1])
                taken[i] = True
                continue
            start = i
        end, namesake = i + 1, False
        if entry.etype == "person" and not prefix and lowers[i] in idx.namesakes:
            entry, end, namesake, group = _namesake(idx, tokens, i, group, lang, taken)
        if entry.etype == "person":
            while start > 0 and lowers[start - 1] in idx.first_names and texts[start - 1][:1].isupper():
                start -= 1
            # "Faisal bin Farhan": a particle between the person's own given name and the rest of the name
            if (start > 1 and lowers[start - 1] in idx.particles and not taken[start - 2]
                    and lowers[start - 2] in idx.first_of.get(entry.eid, {})):
                start -= 2
        adjective = group == "adj"
        pair = _adjective_pair(idx, lowers[i]) if start == i and "-" in lowers[i] else None
        if pair is not None:
            # "a British-French plan", "den britisk-franske styrken": two nations, each an adjective
            entry, group, adjective = pair[0], "adj", True
        # an adjective takes a preposition only right before it ("na prošnjo ameriškega" is not "in"); so does a
        # possessor ("in Kyiv's centre"): "to present Washington's plan", "to ease Moscow's concerns" have a verb
        # between, and the capital is the government that owns the plan, no place
        prep = _prep_before(idx, tokens, start, reach=1 if adjective or group == "poss" else 2)
        found.append(Mention(entry, start, end, tokens.starts[start], tokens.ends[end - 1],
                             " ".join(texts[start:end]), group, prep, adjective, namesake=namesake))
        if pair is not None:
            found.append(Mention(pair[1], start, end, tokens.starts[start], tokens.ends[end - 1],
                                 texts[i], group, prep, adjective))
        for k in range(start, end):
            taken[k] = True
    # a country named after a role is the post's ("zunanji minister Katarja Mohamed Al Tani"): the name follows it
    posts = {k for m in found if m.entry.etype == "country" and not m.adjective
             for k in range(m.start, m.end)} if lang == "sl" and found else frozenset()
    found.extend(_unknown_people(idx, tokens, taken, lang, role_starts(idx, lowers) if roles is None else roles,
                                 posts, 1 if initial_word else 0))
    if any(m.entry.etype == "person" for m in found):
        found.extend(_listed_people(idx, tokens, taken, found, lang))
    found.sort(key=lambda m: m.start)
    # "Julie Davis kijevi nagykövet" (ambassador in Kyiv): a place adjective before a role word names the post,
    # not where anything happens
    return [m for m in found if m.group != "locadj" or m.end >= n or not role_at(idx, tokens, m.end)]


def _given_name(idx: Index, tokens: Tokens, i: int) -> bool:
    """The word at i is followed by a capitalised word, or by a name particle and one ("Badr al Busaidi")."""
    texts, n = tokens.texts, len(tokens.texts)
    if i + 1 < n and _CAP.match(texts[i + 1]):
        return True
    return i + 2 < n and tokens.lowers[i + 1] in idx.particles and bool(_CAP.match(texts[i + 2]))


def _namesake(idx: Index, tokens: Tokens, i: int, group: str, lang: str,
              taken: list[bool]) -> tuple[Entry, int, bool, str]:
    """A surname that several people share (Mykhailo and Ivan Fedorov, Viktor and Balázs Orbán): the given name
    beside it chooses - before it, and in Hungarian also after it ("Orbán Balázs"). Returns the person, the end
    of the mention, whether no given name chose (the article decides then: `resolve_namesakes`) and the case
    (after the surname, the given name bears it: "Orbán Balázzsal")."""
    people = list({e.eid: e for p, e, g, _ in idx.by_last[tokens.lowers[i]]
                   if not p and e.etype == "person" and g == group}.values())
    if len(people) < 2:
        return people[0], i + 1, False, group
    texts, lowers = tokens.texts, tokens.lowers
    before = lowers[i - 1] if i > 0 and texts[i - 1][:1].isupper() else None
    after = (lowers[i + 1] if lang == "hu" and i + 1 < len(lowers) and texts[i + 1][:1].isupper()
             and not taken[i + 1] else None)
    for e in people:
        given = idx.first_of.get(e.eid, ())
        if before in given:
            return e, i + 1, False, group
        if after in given:
            return e, i + 2, False, given[after]
    return people[0], i + 1, True, group


def resolve_namesakes(mentions: list[Mention]) -> None:
    """A bare surname several people share is the one of them the article named in full last before it ("Mihajlo
    Fedorov ... Fedorov je dejal"), else the first it names in full after it; with none, the lexicon's first."""
    full = [(k, m.entry) for k, m in enumerate(mentions) if m.entry.etype == "person" and not m.namesake]
    for k, m in enumerate(mentions):
        if not m.namesake:
            continue
        alike = [(j, e) for j, e in full if e.name.split()[-1] == m.entry.name.split()[-1]]
        before = [e for j, e in alike if j < k]
        after = [e for j, e in alike if j > k]
        if before or after:
            m.entry = before[-1] if before else after[0]


def _prep_before(idx: Index, tokens: Tokens, start: int, reach: int = 2) -> str | None:
    # A preposition right before the name, or with one adjective or noun between ("v južni Floridi",
    # "s predstavniki ZDA"); short words between (bi, je, den) end the search.
    lowers = tokens.lowers
    for back in range(1, reach + 1):
        j = start - back
        if j < 0:
            return None
        one = lowers[j]
        two = f"{lowers[j - 1]} {one}" if j > 0 else None
        if two in idx.preps:
            return idx.preps[two]
        if one in idx.preps:
            return idx.preps[one]
        if not one.isalpha() or tokens.texts[j][:1].isupper() or len(one) < 4:
            return None
    return None


def role_at(idx: Index, tokens: Tokens, i: int) -> tuple[str, int] | None:
    """The English role whose words start at token i (longest first) and how many tokens it spans;
    a role word also matches with a case ending (ministrom, elnöke)."""
    tok = tokens.lowers[i]
    keys = idx.role_cache.get(tok)
    if keys is None:
        keys = _role_keys(idx, tok)
    for key in keys:
        if tuple(tokens.lowers[i:i + len(key)]) == key or len(key) == 1:
            return idx.roles[key], len(key)
    return None


def _role_keys(idx: Index, tok: str) -> tuple:
    """The role keys that may start at a token of this text, longest first; memoised per word."""
    keys = tuple(idx.role_first.get(tok, ())) + _role_prefix(idx, tok)
    if len(idx.role_cache) >= ROLE_CACHE_SIZE:
        idx.role_cache.clear()
    idx.role_cache[tok] = keys
    return keys


@lru_cache(maxsize=50000)
def _role_prefix_cached(lang: str, tok: str) -> tuple[tuple[str, ...], ...]:
    idx = index_for(lang)
    if len(tok) < 5:
        return ()
    for n in range(1, 5):
        stem = tok[:-n]
        if len(stem) >= 4 and (stem,) in idx.roles:
            return ((stem,),)
    return ()


def _role_prefix(idx: Index, tok: str) -> tuple:
    if (tok,) in idx.roles:
        return ()
    return _role_prefix_cached(idx.lang, tok)


# a capitalised word, also in hyphenated parts: Yunus-Bek, Kosiniak-Kamysz
_CAP = regex.compile(r"^\p{Lu}[\p{Ll}\p{M}'-]+(?:-\p{Lu}[\p{Ll}\p{M}'-]+)*$")


def _capitalised(texts: list[str]) -> list[bool]:
    """_CAP of every token. Most words begin lower-case and are passed over before the regex (lower-case,
    not "not upper-case": the `regex` module's Unicode is newer than str's, with upper-case letters str lacks)."""
    return [not t[0].islower() and _CAP.match(t) is not None for t in texts]


def _unknown_people(idx: Index, tokens: Tokens, taken: list[bool], lang: str,
                    roles: list[int], posts: set[int] = frozenset(), first: int = 0) -> list[Mention]:
    """People missing from the lexicon, named beside a role word; a name before the role begins at `first` or
    later (1: the sentence's first word is a word of the language, not a name)."""
    out: list[Mention] = []
    n = len(tokens)
    # Only tokens that can begin a role are looked at.
    for r in roles:
        hit = role_at(idx, tokens, r)
        if not hit:
            continue
        role, span = hit
        # name after the role: "minister Dan Driscoll", "admiral Igor Kostyukov"; in en/no also after the
        # post's country and a comma: "ambassador to Turkey, Nariman Dzhelyal", "the prime minister, Mark Carney"
        j = (_after_role(tokens, r + span, taken) if lang in ("en", "no")
             else _after_za(tokens, r + span) if lang == "sl" else r + span)
        if lang == "sl" and j == r + span:
            j = _after_body(idx, tokens, j, taken)
        # "statssekretær i Utenriksdepartementet X": a ministry named without a country is the home country's
        home = _home_country(lang) if _own_ministry(tokens, r + span) else None
        if lang == "sl":
            while j < n and j in posts:  # "zunanjega ministra Katarja Mohameda Al Tanija": past the post's country
                j += 1
        # titles in a row name no one: "negotiator Lieutenant General Oleksandr Pivnenko", "Lt. Gen. X"
        while j < n and not taken[j] and (more := role_at(idx, tokens, j)):
            j += more[1]
        k = words = j
        while k < n and words - j < 3 and not taken[k] and (
                _CAP.match(tokens.texts[k]) or _initial(tokens, j, k, taken)):
            words += bool(_CAP.match(tokens.texts[k]))  # at most three words; a middle initial is not one
            k += 1
        if k - j >= 2 and not _institution(idx, tokens, j, k, taken):
            out.append(_unknown(tokens, j, k, role, lang, oblique=tokens.lowers[r] != role_key(idx, tokens, r, span),
                                country=home))
            out[-1].title_start = r
            for x in range(r, k):  # the role's own words too: "Deputy Foreign Minister" names no one
                taken[x] = True
            continue
        # name before the role, maybe with a nationality adjective between: "Igor Kosztyukov admirális"
        e = _before_apposition(tokens, r, span) if lang == "hu" else r
        before = tokens.lowers[e - 1] if e > 0 else ""
        if before in idx.by_last and any(c[2] in ("adj", "locadj") for c in idx.by_last[before]):
            e -= 1  # a nationality or a place between: "Igor Kosztyukov orosz admirális", "X kijevi nagykövet"
        if e > 0 and tokens.texts[e - 1] == ",":
            e -= 1
        s = e
        # capitalised words that begin a role are the title, not a name ("Deputy Foreign Minister said")
        while (s > first and e - s < 3 and not taken[s - 1] and _CAP.match(tokens.texts[s - 1])
               and not idx.role_cache.get(tokens.lowers[s - 1])):
            s -= 1
        if e - s >= 2 and not _institution(idx, tokens, s, e, taken):
            out.append(_unknown(tokens, s, e, role, lang, oblique=False))
            out[-1].title_after = r
            for x in range(s, e):
                taken[x] = True
    return out


LIST_ROUNDS = 3  # "X, Y and Jonathan Powell": Y is found beside Powell, then X beside Y


def _listed_people(idx: Index, tokens: Tokens, taken: list[bool], found: list[Mention], lang: str) -> list[Mention]:
    """People missing from the lexicon named in a list with people of it: "the national security advisers of
    Poland, Germany and Britain, Jan Kowalski, Günter Sautter and Jonathan Powell", "Powell, Bonne in Jan Novak".
    Two or three capitalised words, none of them a role's or a body's, joined by a comma or the list's "and"
    (roles.yaml `list_and`) to a person right before or right after them, are a person too; the neighbour's case
    tells whether the name is declined."""
    out: list[Mention] = []
    texts, n = tokens.texts, len(tokens)
    joins = idx.list_and | {","}
    people = [m for m in found if m.entry.etype == "person"]
    caps = _capitalised(texts)
    for _ in range(LIST_ROUNDS):
        ends = {m.end: m for m in people}
        starts = {m.start: m for m in people}
        new: list[Mention] = []
        pos = 0  # where the run of capitalised words read last ended
        for s in compress(range(n), caps):  # a run begins at a capitalised word
            if s < pos or taken[s] or (s > 0 and not taken[s - 1] and caps[s - 1]):
                continue
            e = s
            while e < n and not taken[e] and caps[e]:
                e += 1
            before = ends.get(s - 1) if s >= 2 and tokens.lowers[s - 1] in joins else None
            after = starts.get(e + 1) if e + 1 < n and tokens.lowers[e] in joins else None
            if (2 <= e - s <= 3 and (before or after)
                    and not any(role_at(idx, tokens, k) for k in range(s, e))
                    and not _institution(idx, tokens, s, e, taken)):
                like = before or after
                new.append(_unknown(tokens, s, e, None, lang, oblique=like.group != "base"))
                for x in range(s, e):
                    taken[x] = True
            pos = e
        if not new:
            break
        out.extend(new)
        people.extend(new)
    return out


APPOSITION_WORDS = 6  # lower-case words between ", a" and the role: "a hadifogoly-ügyekért felelős ... titkára"


def _before_apposition(tokens: Tokens, r: int, span: int) -> int:
    """Hungarian puts the role in an apposition after the name, the role word owned by what comes before it:
    "Dmitro Uszov, a hadifogoly-ügyekért felelős koordinációs központ titkára". Where the name ends: before
    ", a/az" and up to APPOSITION_WORDS lower-case words, when the role ends in a possessive vowel; else r."""
    last = tokens.lowers[r + span - 1] if r + span - 1 < len(tokens) else ""
    if not last.endswith(("a", "e", "ja", "je")) or r < 3 or "," in tokens.texts[r - 1]:
        return r
    k = r - 1
    while k > 1 and r - k <= APPOSITION_WORDS and tokens.texts[k].islower() and tokens.lowers[k] not in ("a", "az"):
        k -= 1
    if tokens.lowers[k] in ("a", "az") and k < r - 1 and tokens.texts[k - 1] == ",":
        return k - 1
    return r


def _after_role(tokens: Tokens, j: int, taken: list[bool]) -> int:
    """Where a name after a role may begin: past "to/til" and a known name ("envoy to Ukraine", "ambassadør
    til Tyrkia"), past a Norwegian ministry ("statssekretær i Utenriksdepartementet Andreas Kravik": every
    ministry is an -departementet) and past one comma of apposition ("the Canadian prime minister, Mark Carney")."""
    low, n = tokens.lowers, len(tokens)
    if _own_ministry(tokens, j):
        j += 2
    if j + 1 < n and low[j] in ("to", "til") and taken[j + 1]:
        j += 2
        while j < n and taken[j]:
            j += 1
    if j < n and tokens.texts[j] == ",":
        j += 1
    return j


def _own_ministry(tokens: Tokens, j: int) -> bool:
    """"i Utenriksdepartementet" at j: a Norwegian ministry by its proper name (a foreign one is "det russiske
    utenriksdepartementet", lower-case after its country)."""
    return (j + 2 < len(tokens) and tokens.lowers[j] == "i" and tokens.lowers[j + 1].endswith("departementet")
            and tokens.texts[j + 1][:1].isupper())


@cache
def _home_country(lang: str) -> str | None:
    """The country whose government the article's language names without saying whose (roles.yaml)."""
    return load_lang("roles", lang).get("home_country")


def _after_za(tokens: Tokens, j: int) -> int:
    """Slovenian names the remit after the role with "za": "veleposlanik za posebne naloge Rodion Mirošnik",
    "minister za obrambo X". The name may begin after "za" and up to three lower-case words."""
    low, n = tokens.lowers, len(tokens)
    if j < n and low[j] == "za":
        k = j + 1
        while k < n and k - j <= 3 and tokens.texts[k].isalpha() and tokens.texts[k].islower():
            k += 1
        if k > j + 1 and k < n and _CAP.match(tokens.texts[k]):
            return k
    return j


BODY_REACH = 7  # words of a body between a role and the name: "poljskega urada za nacionalno varnost"


def _after_body(idx: Index, tokens: Tokens, j: int, taken: list[bool]) -> int:
    """Slovenian names the body a role heads in the genitive, between the role and the name: "vodja poljskega urada
    za nacionalno varnost Sławomir Cenckiewicz", "sekretar ukrajinskega sveta za nacionalno varnost in obrambo X".
    The name may begin after up to BODY_REACH lower-case words (a nationality among them) that hold a body's noun
    (roles.yaml `body`); else j."""
    low, n = tokens.lowers, len(tokens)
    k, body = j, False
    while k < n and k - j < BODY_REACH and tokens.texts[k].isalpha() and (tokens.texts[k].islower() or taken[k]):
        body = body or low[k] in idx.bodies
        k += 1
    return k if body and k > j and k < n and not taken[k] and _CAP.match(tokens.texts[k]) else j


def _initial(tokens: Tokens, j: int, k: int, taken: list[bool]) -> bool:
    """A middle initial inside a name: "Tore O. Sandvik" (the letter and its dot, a free name after them)."""
    t = tokens.texts
    if k > j and len(t[k]) == 1 and t[k].isupper() and k + 2 < len(t) and t[k + 1] == ".":
        return not taken[k + 2] and bool(_CAP.match(t[k + 2]))
    return k > j + 1 and t[k] == "." and len(t[k - 1]) == 1 and t[k - 1].isupper()


def _institution(idx: Index, tokens: Tokens, s: int, e: int, taken: list[bool]) -> bool:
    """Capitalised words of a body's name, not a person's: after an article ("a Nemzetbiztonsági ..."), or
    after "és" that joins them to another capitalised word ("Nemzetbiztonsági és Védelmi Tanács"); "és"
    after a lower-case word or a known name joins two people ("tanácsadó és Alekszandr Gruskó")."""
    if any(w in idx.not_names for w in tokens.lowers[s:e]):
        return True
    if s == 0:
        return False
    before = tokens.lowers[s - 1]
    if before in ("a", "az", "the"):
        return True
    return before == "és" and s > 1 and not taken[s - 2] and tokens.texts[s - 2][:1].isupper()


def role_key(idx: Index, tokens: Tokens, r: int, span: int) -> str:
    key = " ".join(tokens.lowers[r:r + span])
    return key if tuple(key.split()) in idx.roles else ""


_OBLIQUE_ENDINGS = {"sl": ("jem", "om", "em", "ja", "ju", "ega", "emu", "im", "a", "u"),
                    "hu": ("nak", "nek", "nal", "nel", "val", "vel", "t")}
# sl inserts a j before the ending after an r or a final -i/-o/-u (Igor -> Igorjem, Renzi -> Renzija); after -e and -a
# the j belongs to the name (Sergej -> Sergejem, Nikolaj -> Nikolaja)
_J_INSERTED_AFTER = frozenset("riou")
_TRANSLIT = {
    # Hungarian spells the English s as sz and sh as s (Gruskó -> Grushko; sz is held aside meanwhile), a soft
    # d and n as gy and ny (Rugyenko -> Rudenko)
    "hu": [("sz", "\0"), ("zs", "zh"), ("cs", "ch"), ("s", "sh"), ("\0", "s"), ("gy", "d"), ("ny", "n"), ("ij", "iy"),
           ("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u")],
    "sl": [("č", "ch"), ("š", "sh"), ("ž", "zh"), ("ij", "iy")],
    "no": [("sj", "sh"), ("ij", "iy"), ("yj", "y")],
}


def _nominative(words: list[str], lang: str) -> list[str]:
    """A name after a role in an oblique case, back in the nominative. Hungarian puts the case on the last word
    only ("Christopher Landauval"; the t of "Robert" is no accusative); Slovenian declines every word
    ("Christopherja Landaua"), so a word without an ending shows the name was nominative after all ("namestnik
    državnega sekretarja Christopher Landau": the genitive is the role's own)."""
    ends = _OBLIQUE_ENDINGS.get(lang, ())

    def stem(w: str) -> str | None:
        for end in ends:
            if w.endswith(end) and len(w) - len(end) >= 3:
                base = w[: -len(end)]
                if end[0] == "j" and base[-1].lower() not in _J_INSERTED_AFTER:
                    continue  # Sergejem, Nikolaja: the j is the name's own (Sergej), not the one "Igorjem" inserts
                return base + "o" if lang == "sl" and base.endswith("enk") else base  # Rudenkom: Rudenko
        return None

    if lang == "hu":
        last = stem(words[-1])
        return [*words[:-1], last] if last else words
    stems = [stem(w) for w in words]
    return words if None in stems else stems


_FOREIGN_SPELLING = regex.compile(r"ch|ph|th|sh|ck|w|q|x|ou|ee|oo", regex.IGNORECASE)


def _unknown(tokens: Tokens, s: int, e: int, role: str | None, lang: str, oblique: bool,
             country: str | None = None) -> Mention:
    words = tokens.texts[s:e]
    if oblique:
        words = _nominative(words, lang)
    native = _native_order(words, lang)
    name = " ".join(native or [_transliterate(w, lang) for w in words]).replace(" .", ".")  # "Tore O. Sandvik"
    slug = "x-" + regex.sub(r"[^a-z]+", "-", fold(name)).strip("-")
    entry = Entry("person", slug, name, country, role=role)
    return Mention(entry, s, e, tokens.starts[s], tokens.ends[e - 1], " ".join(tokens.texts[s:e]),
                   "base", None, False)


@cache
def _given_names(lang: str) -> frozenset[str]:
    """The article language's own given names (lexicon/<lang>/given_names.yaml), folded."""
    return frozenset(fold(w) for w in load_lang("given_names", lang).get("given_names") or [])


def _native_order(words: list[str], lang: str) -> list[str] | None:
    """The words of a name of the article's own language, in English order; None for a foreign name.

    A native name keeps its spelling (the transliteration is for Russian and Ukrainian names in Slovenian or
    Hungarian spelling: Matjaž Košir is not "Matjazh Koshir"), and Hungarian writes its own people family name
    first ("Kovács Zsolt" -> Zsolt Kovács). The given name tells: last in Hungarian, first elsewhere."""
    given = _given_names(lang)
    if len(words) < 2 or not given:
        return None
    if lang == "hu":
        return [words[-1], *words[:-1]] if fold(words[-1]) in given else None
    return words if fold(words[0]) in given else None


def _transliterate(word: str, lang: str) -> str:
    """A Russian or Ukrainian name in Hungarian, Slovenian or Norwegian spelling, in English spelling. A word
    spelled in a way these spellings of Slavic names never are (ch, ph, th, w: "Christopher") is a Western name
    in its own spelling and stays as it is."""
    if _FOREIGN_SPELLING.search(word):
        return word
    out = word
    for a, b in _TRANSLIT.get(lang, []):
        out = out.replace(a, b).replace(a.capitalize(), b.capitalize())
    if out.endswith("j") and lang in ("hu", "sl", "no"):
        out = out[:-1] + "y"
    if word[:1].isupper():
        out = out[:1].upper() + out[1:]  # "Szerhij" -> "Serhiy": the capital survives the held-aside sz
    return out
