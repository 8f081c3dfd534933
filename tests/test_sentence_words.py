"""The words that steer sentence splitting and credit lines are data (pipelines/lexicon/<lang>/sentences.yaml),
read for every language since sentences are split before the language is known."""
from __future__ import annotations

import pytest

from pipelines import clean
from pipelines.lexicon import LANGS, load_lang


def _texts(raw: str) -> list[str]:
    return [s.text for s in clean.split_sentences(raw)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_abbreviations_and_credit_words(lang):
    words = load_lang("sentences", lang)
    assert words.get("abbreviations") and words.get("credit_words"), lang


@pytest.mark.parametrize("lang", LANGS)
def test_no_listed_abbreviation_ends_a_sentence(lang):
    for abbrev in load_lang("sentences", lang)["abbreviations"]:
        word = abbrev.replace("?", "").replace("\\. ", ". ").replace("\\.", ".")
        text = f"Odpoved je prišla ob {word}. Kovač iz vasi."
        assert len(_texts(text)) == 1, (lang, abbrev, _texts(text))


@pytest.mark.parametrize("text,n", [
    ("The meeting is on Sept. 22 in Riyadh. Gen. Dan Caine will attend.", 2),
    ("A találkozón részt vesz pl. Szijjártó Péter is. A tárgyalás ún. technikai szintű lesz.", 2),
    ("Pogovori bodo t. i. tehnični. Udeležil se jih bo tudi Sybiha.", 2),
    ("Et ordinary word ends one. Then another starts.", 2),  # a word that is no abbreviation still ends one
])
def test_sentences_split_where_no_abbreviation_stands(text, n):
    assert len(_texts(text)) == n, _texts(text)


@pytest.mark.parametrize("line", ["Photo: AP/Efrem Lukatsky", "Fotó: MTI/Koszticsák Szilárd", "Foto: STA",
                                  "Vir: Reuters", "Kilde: NTB", "Kép: illusztráció"])
def test_credit_lines_of_every_language_are_dropped(line):
    out = clean.clean(f"{line}\nZelensky met Trump in Washington on Monday.", "text")
    assert line.split(":")[0] not in out.text
    assert "Zelensky met Trump" in out.text


def test_a_line_that_only_starts_like_a_credit_is_kept():
    out = clean.clean("Sources said the talks would resume. Photographs of the venue were released.", "text")
    assert "Photographs of the venue" in out.text
