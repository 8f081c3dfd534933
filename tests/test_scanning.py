"""The fast scans agree with the plain ones: dates found in lowered text without case folding are the dates
the case-folding search finds, offsets stay the text's when lower() lengthens it, and the start filter of a
pattern admits every place the pattern matches."""
from __future__ import annotations

import re

import pytest

from pipelines.clean import clean
from pipelines.extract.analysis import analyse
from pipelines.extract.dates import find_dates
from pipelines.extract.patterns import plain_latin, start_filter

SENTENCES = {
    "hu": "Jövő csütörtökön Genfben folytatódnak a tárgyalások, a február 17-én és 18-án tartott forduló után; "
          "2026. 02. 17-én Witkoff szerint a hétvégén is egyeztettek, január elején pedig Abu-Dzabiban.",
    "sl": "Pogovori bodo prihodnji teden v Ženevi, po srečanju 17. in 18. februarja; včeraj so delegacije "
          "v nedeljo 17. 2. 2026 sporočile, da so se dobile že decembra 2025.",
    "no": "Forhandlingene fortsetter neste uke i Genève etter møtet 17.–18. februar; i går sa han at "
          "natt til søndag og i løpet av natten 17.02.2026 kom det angrep, som i desember 2025.",
    "en": "Talks resume next Tuesday in Geneva after the February 17-18 round; yesterday he said that "
          "overnight into Sunday, on 17 February 2026 and in early January drones struck again.",
}
# A character that lower() keeps but that is not plain Latin (µ): the text then takes the case-folding search.
FOLDING = " µ"


def _dates(text: str, lang: str) -> list[tuple]:
    return [(d.start, d.end, d.text, d.kind, d.year, d.month, d.day, d.day2, d.weekday, d.night, d.rel,
             d.position, d.towards) for d in find_dates(text, lang)]


@pytest.mark.parametrize("lang", sorted(SENTENCES))
@pytest.mark.parametrize("form", [str, str.upper, str.title, lambda s: s.replace(", ", ",")])
def test_the_lowered_scan_finds_what_the_folding_search_finds(lang: str, form):
    text = form(SENTENCES[lang])
    assert plain_latin(text) and not plain_latin(text + FOLDING)
    fast = _dates(text, lang)
    assert len(fast) >= 4, fast
    assert fast == _dates(text + FOLDING, lang)


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_date_offsets_after_a_letter_that_lowers_to_two(lang: str):
    text = "İstanbul: " + SENTENCES[lang]
    assert len(text.lower()) == len(text) + 1
    found = find_dates(text, lang)
    assert [d.text for d in found] == [d.text for d in find_dates(SENTENCES[lang], lang)]
    assert all(text[d.start:d.end] == d.text for d in found)


def test_a_phrase_after_a_letter_that_lowers_to_two_marks_its_own_word():
    art = clean("Talks in İstanbul. The delegations sat down in Geneva on Monday, officials said.", "text")
    sent = analyse("t", art).sentences[1]
    marked = [sent.tokens[i].text for i in sent.positions("held")]
    assert marked == ["sat"]


def test_the_start_filter_reads_repeats_and_drops_branches_that_never_match():
    flt = start_filter(r"(?!)\s+x|ab+c|\d{1,2}\.?\s+(?:jan|feb)", 0, k=8)
    rx = re.compile(f"(?={flt})")
    for text in ("abbbc", "17. jan", "3 feb"):
        assert rx.match(text), text
    for text in (" x", "ac", "17. mar", "abd"):
        assert not rx.match(text), text
