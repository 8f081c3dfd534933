"""Per-language case forms of a lexicon word, derived by rule from morphology.yaml.

`forms(word, lang)` maps every derived surface form (lower-case) to the group of its ending: `base`,
`loc` (in/at), `ill` (to), `com` (with), `about`, `poss` (possessor), `adj` (adjective), `other`.
Putyin -> putyinnal (com), putyintól (other); Putin -> putinom (com), putinovim (poss); Putin -> putins (poss).
"""
from __future__ import annotations

from functools import cache

from pipelines.lexicon import load_lang

VOWELS = set("aáeéiíoóöőuúüűyæøå")


@cache
def _rules(lang: str) -> dict:
    return load_lang("morphology", lang)


def forms(word: str, lang: str) -> dict[str, str]:
    w = word.lower()
    out: dict[str, str] = {}
    rules = _rules(lang)
    endings = rules.get("endings", {})

    def add(form: str, group: str) -> None:
        # The first group given to a form wins: base < specific endings < other.
        out.setdefault(form, group)

    add(w, "base")
    if lang == "hu":
        stems = [w]
        last = w[-1]
        if last in rules.get("lengthen", {}):
            stems.append(w[:-1] + rules["lengthen"][last])
        for group in ("loc", "ill", "com", "about", "poss", "dat", "from", "other"):
            for e in endings.get(group, []):
                # Budapest -> budapesti: the place's adjective ("the Budapest summit")
                tag = "locadj" if e == "i" else group
                for st in stems:
                    add(st + e, tag)
                add(f"{w}-{e}", tag)
        if last not in VOWELS:
            # a final digraph doubles its first letter: Balázs -> Balázzsal, Kovács -> Kováccsal
            double = next((w[:-len(d)] + d[0] + d for d in rules.get("digraphs", []) if w.endswith(d)), w + last)
            for e in rules.get("assimilate", []):
                add(double + e[1:], "com")
                # a plural stem takes the linking vowel first: Államok -> Államokkal
        else:
            for e in rules.get("assimilate", []):
                for st in stems:
                    add(st + e, "com")
    elif lang == "sl":
        if word.isupper() and len(word) <= 4:
            return out  # ZDA, ZAE, EU do not decline ("Zdi se" is "it seems", not the US)
        stems = [w]
        if w[-1] in rules.get("drop_final", []):
            stems.append(w[:-1])
        fleeting = _fleeting_stem(w, rules.get("fleeting_vowel", {}))
        if fleeting:
            stems.append(fleeting)  # München -> Münchna, v Münchnu; Bruselj -> v Bruslju
        # dat before other: the dative shares -i/-u with the locative, which always has a preposition
        for group in ("com", "dat", "other"):
            for e in endings.get(group, []):
                for st in stems:
                    add(st + e, group)
        if rules.get("insert_j") and (w[-1] in VOWELS or w[-1] == "r"):
            for e in ("a", "u", "em", "om", "e", "i"):
                add(w + "j" + e, "com" if e in ("em", "om") else "dat" if e == "u" else "other")
        for p in endings.get("poss_adj", []):
            base = w[:-1] if w[-1] in "a" else w
            for e in endings.get("adjective", []):
                add(base + p + e, "poss")
        if w.endswith(("i", "y")):
            for e in ("ega", "emu", "em", "im", "ih", "ima"):
                add(w[:-1] + e, "com" if e == "im" else "dat" if e == "emu" else "other")
    else:
        for group in ("poss", "other"):
            for e in endings.get(group, []):
                add(w + e, group)
    return out


def phrase_forms(phrase: str, lang: str, nouns: frozenset[str] = frozenset()) -> set[str]:
    """The case forms of a phrase of adjectives and a head noun, by the language's `phrase` table (sl: "zunanji
    minister" -> zunanjega ministra, zunanjemu ministru, zunanjem ministru, zunanjim ministrom; "namestnik
    obrambnega ministra" -> namestnika obrambnega ministra, ...). `nouns`: words known to be nouns (one-word roles),
    which the head is the first of. Lower case, the dictionary form not included; empty for one word."""
    table = _rules(lang).get("phrase")
    words = phrase.lower().split()
    if not table or len(words) < 2:
        return set()
    head = next((k for k, w in enumerate(words) if w in nouns), None)
    if head is None:
        head = next((k for k, w in enumerate(words) if w[-1] not in VOWELS), len(words) - 1)
    noun = words[head]
    pairs = table.get(noun[-1] if noun[-1] in table else "consonant" if noun[-1] not in VOWELS else "", [])
    if noun[-1] in VOWELS:
        stems = [noun[:-1]]
    else:
        fleeting = _fleeting_stem(noun, _rules(lang).get("fleeting_vowel", {}))
        stems = [fleeting] if fleeting else [noun]  # minister -> ministra, odposlanec -> odposlanca
        if _rules(lang).get("insert_j") and noun.endswith("r") and not fleeting:
            stems.append(noun + "j")  # direktor -> direktorja
    adjectives = [w[:-1] if w[-1] in VOWELS else w for w in words[:head]]
    rest = words[head + 1:]
    out = set()
    for adj_end, noun_end in pairs:
        for stem in stems:
            out.add(" ".join([*(a + adj_end for a in adjectives), stem + noun_end, *rest]))
    out.discard(" ".join(words))
    return out


def _fleeting_stem(w: str, rule: dict) -> str | None:
    """The stem without its fleeting vowel: the vowel of the last syllable, between a consonant and one of
    the listed final consonants, drops when an ending follows (münchen -> münchn-, bruselj -> bruslj-)."""
    vowel = rule.get("vowel")
    if not vowel:
        return None
    for final in sorted(rule.get("before", []), key=len, reverse=True):
        head = w[:-len(final)]
        if (w.endswith(final) and head.endswith(vowel) and len(head) >= 3 and head[-2] not in VOWELS
                and any(c in VOWELS for c in head[:-2])):
            return head[:-1] + final
    return None


def place_adjectives(word: str, lang: str) -> list[str]:
    """Every form of a place name's adjective, by the language's rule, the dictionary form first
    (sl: Harkov -> harkovska, harkovski, ...; Odesa -> odeška; Zaporožje -> zaporoška; Dnipropetrovsk ->
    dnipropetrovska). Names of several words have none."""
    rule = _rules(lang).get("place_adjective")
    w = word.lower()
    if not rule or " " in w or len(w) < 4:
        return []
    stem = w
    for end in rule.get("drop_final", []):
        if stem.endswith(end) and len(stem) - len(end) >= 3:
            stem = stem[:-len(end)]
            break
    for end, repl in rule.get("merge", {}).items():
        if stem.endswith(end):
            stem = stem[:-len(end)] + repl
            break
    else:
        stem += rule.get("suffix", "")
    return [stem + e for e in rule.get("endings", [""])]


def own_adjective(word: str, lang: str) -> bool:
    """hu: a place name ending in -i is its own adjective (Miami -> "a miami tárgyalás")."""
    return word.lower().endswith(tuple(_rules(lang).get("own_adjective", []) or ())) if word else False


def region_words(lang: str) -> tuple[set[str], set[str], set[str]]:
    """The forms of the nouns a place adjective needs after it to name a region (regija, oblast), the words
    that join two such adjectives ("v harkovski in sumski oblasti"), and articles before a joined one ("a
    zaporizzsjai és a herszoni megye")."""
    rule = _rules(lang).get("place_adjective") or {}
    nouns = {f for n in rule.get("region_nouns", []) for f in forms(n, lang)} - set(rule.get("not_region", []))
    return nouns, set(rule.get("links", [])), set(rule.get("articles", []))


def region_nouns_after_preposition(lang: str) -> set[str]:
    """Forms of a region noun that also mean "the authorities" (sl "kijevske oblasti"): they name a region
    only after a preposition of place."""
    return set((_rules(lang).get("place_adjective") or {}).get("after_preposition", []))


def adjective_forms(stem: str, lang: str) -> list[str]:
    s = stem.lower()
    return [s + e for e in _rules(lang).get("adjective_endings", [""])]


def prepositions(lang: str) -> dict[str, str]:
    """Preposition (lower-case, may be two words) -> the group it gives the name after it."""
    out: dict[str, str] = {}
    for group, words in _rules(lang).get("prepositions", {}).items():
        for w in words:
            out[w] = group
    return out
