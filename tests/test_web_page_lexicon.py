"""The web-page words are data (pipelines/lexicon/web_page.yaml and <lang>/web_page.yaml); the byline month table
is derived from the month names of each language's dates.yaml, not kept as a second copy."""
from __future__ import annotations

import datetime as dt

import pytest

from pipelines import web_page
from pipelines.lexicon import LANGS, load_lang


def test_byline_months_are_derived_from_the_month_names_of_every_language():
    """The table the cleaner held before the month names were derived: hu, sl, no, en by their first three
    letters, accents off."""
    assert web_page._MONTHS == {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "may": 5, "mai": 5, "jun": 6,
                                "jul": 7, "aug": 8, "avg": 8, "sep": 9, "sze": 9, "okt": 10, "oct": 10, "nov": 11,
                                "dec": 12, "des": 12}


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_box_headings_and_update_words(lang):
    words = load_lang("web_page", lang)
    assert words.get("box_headings") and words.get("updated"), lang
    assert all(h == h.casefold() for h in words["box_headings"]), lang


@pytest.mark.parametrize("byline,expected", [
    ("2026. szeptember 14., 09:32", (dt.date(2026, 9, 14), False)),
    ("14. avgust 2026 ob 09.32", (dt.date(2026, 8, 14), False)),
    ("Oppdatert 14. des. 2026 kl. 09:32", (dt.date(2026, 12, 14), True)),
    ("Posodobljeno: 14. maj 2026", (dt.date(2026, 5, 14), True)),
    ("May 14, 2026", (dt.date(2026, 5, 14), False)),
])
def test_byline_dates_read_every_language(byline, expected):
    assert web_page._parse_byline_dates(byline) == [expected]
