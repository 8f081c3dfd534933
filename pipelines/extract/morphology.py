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
            for e in rules.get("assimilate", []):
                add(w + last + e[1:], "com")
                # a plural stem takes the linking vowel first: Államok -> Államokkal
        else:
            for e in rules.get("assimilate", []):
                for st in stems:
                    add(st + e, "com")
    elif lang == "sl":
        stems = [w]
        if w[-1] in rules.get("drop_final", []):
            stems.append(w[:-1])
        for group in ("com", "other"):
            for e in endings.get(group, []):
                for st in stems:
                    add(st + e, group)
        if rules.get("insert_j") and (w[-1] in VOWELS or w[-1] == "r"):
            for e in ("a", "u", "em", "om", "e", "i"):
                add(w + "j" + e, "com" if e in ("em", "om") else "other")
        for p in endings.get("poss_adj", []):
            base = w[:-1] if w[-1] in "a" else w
            for e in endings.get("adjective", []):
                add(base + p + e, "poss")
        if w.endswith(("i", "y")):
            for e in ("ega", "emu", "em", "im", "ih", "ima"):
                add(w[:-1] + e, "com" if e == "im" else "other")
    else:
        for group in ("poss", "other"):
            for e in endings.get(group, []):
                add(w + e, group)
    return out


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
