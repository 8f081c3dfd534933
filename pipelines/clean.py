"""Turn a decoded file into a clean article: body text, title, publication date, language, sentences.

HTML is read by web_page.py (the article body, title and date of a saved page, its furniture removed); a plain
text loses its ` date` header. Then both lose photo credits, captions' agency tags, social handles, one-word
kickers, source lines, wire sign-offs and box headings. Sentences keep character offsets into the clean text,
so every extracted row can point back at the words it came from.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

import regex

from pipelines import language, web_page
from pipelines.lexicon import LANGS, load_lang
from pipelines.web_page import BOX_HEADINGS


def _sentence_words(key: str) -> list[str]:
    """The words under `key` in every language's sentences.yaml: sentences are split before the language is
    known."""
    return [w for lang in LANGS for w in load_lang("sentences", lang).get(key, [])]


_HEADER = regex.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*")
# Whole lines that are furniture, not prose: credits, agency tags, handles, kickers.
_CREDIT = regex.compile(
    r"^\s*(?:" + "|".join(regex.escape(w) for w in _sentence_words("credit_words")) + r")\s*:.*$", regex.I)
_AGENCY_ONLY = regex.compile(r"^\s*\(?[\p{Lu}/ ,&\-]{2,24}\)?\s*$")
_HANDLE = regex.compile(r"^\s*(?:\p{L}{1,3}\s+)?@\w+\s*$")
# Typographic quotes and spaces made plain; str.replace per character is far faster than str.translate.
_QUOTES = (("„", '"'), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("‟", '"'), ("’", "'"), ("‘", "'"),
           ("‚", "'"), ("\u00a0", " "), ("\u2009", " "), ("\u202f", " "))
# Zero-width and soft-hyphen characters and the control characters (Unicode Cc) but newline and tab.
# The stdlib engine spells Cc as its two ranges: it is several times faster here.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Runs of blanks become one space; a lone space already is one, so only other runs are rewritten.
_SPACE_RUNS = re.compile(r"[ \t\f\v]{2,}|[\t\f\v]")
# A sentence ends at . ! ? … (optionally followed by a closing quote) before whitespace and an
# upper-case letter or a digit (optionally after an opening quote); a newline always ends one. The stdlib
# engine has no \p{Lu}: this finds the whitespace before any letter or digit, _sentence_cuts keeps
# those before an upper-case letter or a digit.
_END_CANDIDATE = re.compile(r'[.!?…]["\')\]]?(\s+)(?=["(\[]?[^\W_])')
_NEWLINES = re.compile(r"\n+")


def _abbreviations(words: list[str]) -> regex.Pattern:
    """A period after one of the words, or after a single letter ("J. D. Vance"), ends no sentence."""
    return regex.compile(r"(?:\b(?:" + "|".join(words) + r"|\p{Lu})\.)\Z", regex.I)


# Per language (lexicon/<lang>/sentences.yaml): one language's abbreviation is another's word (Norwegian
# "før jul." ends a sentence; English "Jul. 4" does not). A text of no known language gets them all.
_ABBREV = {lang: _abbreviations(load_lang("sentences", lang)["abbreviations"]) for lang in LANGS}
_ABBREV[None] = _abbreviations(_sentence_words("abbreviations"))
MAX_SENTENCE = 2000


@dataclass
class Sentence:
    idx: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class CleanArticle:
    text: str
    title: str | None
    published_date: dt.date | None
    language: str
    sentences: list[Sentence] = field(default_factory=list)


def clean(raw: str, kind: str) -> CleanArticle:
    if kind == "html":
        body, title, published = _from_html(raw)
    else:
        body, published = _strip_header(raw)
        title = None
    text = normalise(body)
    text = _drop_furniture(text)
    headline, text = _split_headline(text)
    lang = language.detect(text)
    sentences = split_sentences(text, lang)
    if title is None:
        title = headline or (_title_from(sentences[0].text) if sentences else None)
    return CleanArticle(text=text, title=title, published_date=published, language=lang, sentences=sentences)


def _strip_header(raw: str) -> tuple[str, dt.date | None]:
    m = _HEADER.match(raw)
    if not m:
        return raw, None
    try:
        published = dt.date.fromisoformat(m.group(1))
    except ValueError:
        published = None
    return raw[m.end():], published


def _from_html(raw: str) -> tuple[str, str | None, dt.date | None]:
    page = web_page.read(raw)
    if page is None:
        return "", None, None
    # A ` date` header may also sit at the top of a saved page's text.
    body, header_date = _strip_header(page.text)
    return page.article(body), page.title, page.published or header_date or page.byline_date


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for a, b in _QUOTES:
        if a in text:
            text = text.replace(a, b)
    text = _INVISIBLE.sub("", text)
    if "  " in text or "\t" in text or "\f" in text or "\v" in text:
        text = _SPACE_RUNS.sub(" ", text)
    return _collapse_blank_lines(line.strip() for line in text.split("\n"))


def _collapse_blank_lines(lines) -> str:
    """Paragraphs separated by exactly one blank line; no leading or trailing blank lines."""
    out, blank = [], False
    for line in lines:
        if not line:
            blank = True
            continue
        if blank and out:
            out.append("")
        out.append(line)
        blank = False
    return "\n".join(out)


def _drop_furniture(text: str) -> str:
    return _collapse_blank_lines(
        line for line in text.split("\n")
        if not (line and ((":" in line and _CREDIT.match(line)) or ("@" in line and _HANDLE.match(line))
                          or _is_kicker(line) or (line[0] == "(" and _is_source_line(line))
                          or _SIGN_OFF.match(line) or line.rstrip(":").casefold() in BOX_HEADINGS)))


# A line that only names the sources, "(MTI, Reuters)", "(STA/dpa)"; a wire sign-off "Reporting by ...;
# Editing by ..."; the heading of a read-also or related box copied with the article.
_SOURCE_LINE = regex.compile(r"^\([\p{L}.&/ ,;-]{2,60}\)$")
def _is_source_line(line: str) -> bool:
    return bool(_SOURCE_LINE.match(line)) and len(line.split()) <= 5


def _phrases(phrases: list[str]) -> str:
    """Alternatives that match the phrases with any blanks between their words."""
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in phrases)


def _sign_off() -> regex.Pattern:
    """The opening of a wire agency's sign-off line in any language (lexicon/<lang>/web_page.yaml)."""
    words = [load_lang("web_page", lang) for lang in LANGS]
    phrases = [p for w in words for p in w.get("sign_off", [])]
    prefixes = [p for w in words for p in w.get("sign_off_prefixes", [])]
    if not phrases:
        return regex.compile(r"(?!)")
    prefix = f"(?:(?:{_phrases(prefixes)})" + r"\s+)?" if prefixes else ""
    return regex.compile(f"^{prefix}(?:{_phrases(phrases)})" + r"\s", regex.I)


_SIGN_OFF = _sign_off()


def _is_kicker(line: str) -> bool:
    """A line of one or two words with no sentence punctuation: a section tag, an agency, a kicker."""
    n_words = len(line.split(None, 3))  # up to four: only one, or three at most, matters
    if n_words == 1 and not line.endswith((".", "!", "?", ":")):
        return True
    return n_words <= 3 and bool(_AGENCY_ONLY.match(line))


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    abbrev = _ABBREV.get(lang, _ABBREV[None])
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    # Every line is a paragraph: plain text and saved pages lay paragraphs out differently (blank lines or
    # not), and the same article must read the same either way.
    for m in _NEWLINES.finditer(text):
        _split_paragraph(text, pos, m.start(), paragraph, sentences, abbrev)
        paragraph += 1
        pos = m.end()
    if pos < len(text):
        _split_paragraph(text, pos, len(text), paragraph, sentences, abbrev)
    return sentences


def _split_paragraph(text: str, start: int, end: int, paragraph: int, out: list[Sentence],
                     abbrev: regex.Pattern) -> None:
    seg_start = start
    for cut, after in _sentence_cuts(text[start:end]):
        cut += start
        if text[cut - 1] == "." and abbrev.search(text[max(seg_start, cut - 12):cut]):
            continue
        if text[cut - 2:cut - 1].isdigit() and _inside_numeric_date(text, seg_start, cut, start + after):
            continue
        _emit(text, seg_start, cut, paragraph, out)
        seg_start = start + after
    _emit(text, seg_start, end, paragraph, out)


# "17. 2. 2026", "2026. 02. 17-én": the dots of a date written in digits end no sentence.
_DATE_PART_NEXT = re.compile(r"\d{1,2}\.")
_DATE_TWO_PARTS_BEFORE = re.compile(r"(?<![\d.])\d{1,4}\.\s?\d{1,2}\.\Z")
_DATE_PART_BEFORE = re.compile(r"(?<![\d.])\d{1,4}\.\Z")


def _inside_numeric_date(text: str, seg_start: int, cut: int, nxt: int) -> bool:
    before = text[max(seg_start, cut - 12):cut]
    if _DATE_TWO_PARTS_BEFORE.search(before):
        return text[nxt:nxt + 1].isdigit()
    return bool(_DATE_PART_BEFORE.search(before)) and _DATE_PART_NEXT.match(text, nxt) is not None


def _sentence_cuts(chunk: str) -> list[tuple[int, int]]:
    """(start, end) of every _SENT_END match in one line (no newline in it)."""
    cuts = []
    for m in _END_CANDIDATE.finditer(chunk):
        after = m.end()  # group 1, the whitespace, ends the match
        nxt = chunk[after]
        if nxt in "\"([" and after + 1 < len(chunk) and _upper_or_digit(chunk[after + 1]):
            cuts.append((m.start(1), after))
        elif _upper_or_digit(nxt):
            cuts.append((m.start(1), after))
    return cuts


def _upper_or_digit(ch: str) -> bool:
    return unicodedata.category(ch) in ("Lu", "Nd")


def _emit(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # Very long runs without punctuation are cut into pieces so that no sentence is unbounded.
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append(Sentence(len(out), paragraph, start, cut, text[start:cut]))
        start = cut + 1 if text[cut:cut + 1] == " " else cut
    if end > start:
        out.append(Sentence(len(out), paragraph, start, end, text[start:end]))


# A headline: the first line, of a few words, with no sentence-final punctuation, before a paragraph that has it.
_HEADLINE_END = re.compile(r"[.!?…\"'”»)\]]\s*$")
HEADLINE_WORDS = (4, 25)


def _split_headline(text: str) -> tuple[str | None, str]:
    """A text that starts with its headline ("Kyiv backs US plan to run Zaporizhzhia nuclear plant") gives the
    headline as its title, not as a sentence: a saved page of the same article has it in its <h1>, outside the
    article's text, and the two must read alike."""
    first, sep, rest = text.partition("\n")
    # only in punctuated prose, and capitalised: in text without punctuation the first line is no headline
    if not sep or _HEADLINE_END.search(first) or not first[:1].isupper() and not first[:1].isdigit() \
            or not _HEADLINE_END.search(rest.lstrip("\n").partition("\n")[0]):
        return None, text
    if not HEADLINE_WORDS[0] <= len(first.split()) <= HEADLINE_WORDS[1]:
        return None, text
    return first.strip(), rest.lstrip("\n")


def _title_from(first: str) -> str:
    return first if len(first) <= 140 else first[:137].rsplit(" ", 1)[0] + "..."
