"""The words that steer sentence splitting and credit lines are data (pipelines/lexicon/<lang>/sentences.yaml),
read for every language since sentences are split before the language is known."""
from __future__ import annotations

import pytest

from pipelines import clean
from pipelines.lexicon import LANGS, load_lang


def _texts(raw: str, lang: str | None = None) -> list[str]:
    return [s.text for s in clean.split_sentences(raw, lang)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_abbreviations_and_credit_words(lang):
    words = load_lang("sentences", lang)
    assert words.get("abbreviations") and words.get("credit_words"), lang


@pytest.mark.parametrize("lang", LANGS)
def test_no_listed_abbreviation_ends_a_sentence(lang):
    for abbrev in load_lang("sentences", lang)["abbreviations"]:
        word = abbrev.replace("?", "").replace("\\. ", ". ").replace("\\.", ".")
        text = f"Odpoved je prišla ob {word}. Kovač iz vasi."
        assert len(_texts(text, lang)) == 1, (lang, abbrev, _texts(text, lang))
        assert len(_texts(text)) == 1, (lang, abbrev, _texts(text))  # language unknown: every list


@pytest.mark.parametrize("lang,text,n", [
    ("en", "The meeting is on Sept. 22 in Riyadh. Gen. Dan Caine will attend.", 2),
    ("en", "Gov. Oleh Syniehubov said a drone hit Kharkiv. Lt. Col. Smith confirmed it.", 2),
    ("hu", "A találkozón részt vesz pl. Szijjártó Péter is. A tárgyalás ún. technikai szintű lesz.", 2),
    ("hu", "A küldöttségek 2026. márc. 12-én ülnek le. Erről kb. 40 újságíró számolt be.", 2),
    ("sl", "Pogovori bodo t. i. tehnični. Udeležil se jih bo tudi Sybiha.", 2),
    ("sl", "Na srečanju bodo npr. Witkoff in Umerov. Pogovori bodo 17. avg. 2026 v Ženevi.", 2),
    ("no", "Forhandlingene starter kl. 10 i Genève. Ifølge f.eks. NTB deltar Sybiha.", 2),
    # Christmas, not July: Norwegian "jul." ends a sentence, where English "Jul." would not
    ("no", "Trump vil ha en avtale før jul. Neste runde blir i Genève.", 2),
    ("en", "An ordinary word ends one. Then another starts.", 2),
])
def test_sentences_split_where_no_abbreviation_stands(lang, text, n):
    assert len(_texts(text, lang)) == n, _texts(text, lang)


def test_the_article_language_picks_the_abbreviations():
    text = "Trump vil ha en avtale før jul. Neste runde blir i Genève, opplyser utenriksdepartementet."
    out = clean.clean(text + " Delegasjonene møtes igjen om en uke, og det er ikke avklart hvem som deltar.",
                      "text")
    assert out.language == "no"
    assert out.sentences[0].text == "Trump vil ha en avtale før jul."


@pytest.mark.parametrize("line", ["Photo: AP/Efrem Lukatsky", "Fotó: MTI/Koszticsák Szilárd", "Foto: STA",
                                  "Vir: Reuters", "Kilde: NTB", "Kép: illusztráció"])
def test_credit_lines_of_every_language_are_dropped(line):
    out = clean.clean(f"{line}\nZelensky met Trump in Washington on Monday.", "text")
    assert line.split(":")[0] not in out.text
    assert "Zelensky met Trump" in out.text


def test_a_line_that_only_starts_like_a_credit_is_kept():
    out = clean.clean("Sources said the talks would resume. Photographs of the venue were released.", "text")
    assert "Photographs of the venue" in out.text


def test_a_headline_line_is_the_title_not_a_sentence():
    doc = clean.clean(" date 2026-05-04\nZelensky and Starmer meet in London over guarantees\n\n"
                      "Volodymyr Zelensky met Keir Starmer in London on Monday. They discussed guarantees.", "text")
    assert doc.title == "Zelensky and Starmer meet in London over guarantees"
    assert [s.text for s in doc.sentences][0].startswith("Volodymyr Zelensky met")
    assert "over guarantees\n" not in doc.text


@pytest.mark.parametrize("text", [
    "Zelensky met Starmer in London on Monday.\nThey discussed guarantees.",  # a sentence, not a headline
    "talks in geneva ended without a deal\nthe sides will meet again",  # no punctuation anywhere: no headline
    "Talks in Geneva ended\nthe sides will meet again next week",  # the next paragraph is no punctuated prose
])
def test_a_first_line_is_kept_when_it_is_no_headline(text):
    doc = clean.clean(text, "text")
    assert doc.sentences[0].text == text.split("\n")[0]
