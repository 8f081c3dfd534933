"""Numbers as news writes them: digits (1,200 / 1.200 / 1 200) or words in the article's language
(három, tri, tre, three), from numbers.yaml."""
from __future__ import annotations

from functools import cache

from pipelines.lexicon import LANGS, load_lang


@cache
def words(lang: str) -> dict[str, int]:
    data = load_lang("numbers", lang if lang in LANGS else "en")
    out = {str(k).lower(): int(v) for k, v in (data.get("numbers") or {}).items()}
    # compounds by rule (hu "tizenegyen", eleven people): a tens word before a unit form of 1-9
    units = {w: v for w, v in out.items() if 1 <= v <= 9}
    units.update({str(k).lower(): int(v) for k, v in (data.get("compound_units") or {}).items()})
    for tens, tv in (data.get("tens") or {}).items():
        for unit, uv in units.items():
            out.setdefault(f"{str(tens).lower()}{unit}", int(tv) + uv)
    # 100-999 by rule (hu "kétszáz", "háromszáztizenhat"): a unit form of 2-9 before a hundreds word, then 1-99
    below = {w: v for w, v in out.items() if 1 <= v <= 99}
    endings = [str(e) for e in data.get("hundred_endings") or []]
    for word, hv in (data.get("hundreds") or {}).items():
        word, hv = str(word).lower(), int(hv)
        for head, value in {word: hv, **{f"{u}{word}": uv * hv for u, uv in units.items() if uv >= 2}}.items():
            out.setdefault(head, value)
            out.update({f"{head}{e}": value for e in endings if f"{head}{e}" not in out})
            for tail, tv in below.items():
                out.setdefault(f"{head}{tail}", value + tv)
    return out


@cache
def digit_endings(lang: str) -> frozenset[str]:
    return frozenset(load_lang("numbers", lang if lang in LANGS else "en").get("digit_endings", []) or [])


@cache
def listed(key: str, lang: str) -> frozenset[str]:
    """A word list of numbers.yaml (`articles`, `one_person`), lower-cased."""
    return frozenset(str(w).lower() for w in load_lang("numbers", lang if lang in LANGS else "en").get(key, []) or [])


def value(text: str, lang: str) -> int | None:
    """The number a token stands for, or None. Digits may carry a case ending the language writes after a
    hyphen (numbers.yaml `digit_endings`: hu "31-en megsebesültek", 31 people)."""
    t = text.replace(",", "").replace(".", "").replace(" ", "") if text[:1].isdigit() else text.lower()
    if t.isdigit():
        return int(t)
    if t[:1].isdigit() and "-" in t:
        head, _, tail = t.partition("-")
        if head.isdigit() and tail.lower() in digit_endings(lang):
            return int(head)
    return words(lang).get(t)
