"""Turn a decoded file into a clean article: body text, title, publication date, language, sentences.

HTML goes through trafilatura (article body and metadata); plain text loses its header, photo credits,
captions' agency tags, social handles and one-word kickers. Sentences keep character offsets into the
clean text, so every extracted row can point back at the words it came from.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex

from pipelines import language

_HEADER = regex.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*")
# Whole lines that are furniture, not prose: credits, agency tags, handles, kickers.
_CREDIT = regex.compile(
    r"^\s*(?:fot[oó]|photo|foto|kilde|vir|source|bild|kép|illusztráció|image)\s*:.*$", regex.I
)
_AGENCY_ONLY = regex.compile(r"^\s*\(?[\p{Lu}/ ,&\-]{2,24}\)?\s*$")
_HANDLE = regex.compile(r"^\s*(?:\p{L}{1,3}\s+)?@\w+\s*$")
# Typographic quotes and spaces made plain; str.replace per character is far faster than str.translate.
_QUOTES = (("„", '"'), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("‟", '"'), ("’", "'"), ("‘", "'"),
           ("‚", "'"), ("\u00a0", " "), ("\u2009", " "), ("\u202f", " "))
_INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]|[^\P{Cc}\n\t]")
_SPACES = regex.compile(r"[ \t\f\v]+")
# A sentence ends at . ! ? … (optionally followed by a closing quote) before whitespace and an
# upper-case letter, a digit or an opening quote; a newline always ends one.
_SENT_END = regex.compile(r'(?<=[.!?…]["\')\]]?)\s+(?=["(\[]?[\p{Lu}\d])|\n+')
# Abbreviations after which a period does not end a sentence.
_ABBREV = regex.compile(r"(?:\b(?:dr|mr|mrs|ms|st|prof|gen|col|lt|sgt|jr|sr|nr|no|pl|ún|stb|t\. ?i|ca|vs|etc|"
                        r"jan|feb|mar|apr|jun|jul|aug|sep|okt|oct|nov|dec|\p{Lu})\.)\Z", regex.I)
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
    sentences = split_sentences(text)
    if title is None and sentences:
        title = _title_from(sentences[0].text)
    return CleanArticle(text=text, title=title, published_date=published,
                        language=language.detect(text), sentences=sentences)


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
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    # htmldate's extensive search guesses a date from any year on the page (a copyright line): only the
    # page's own metadata and markup count, or the date stays unknown.
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        return "", None, None
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    published = None
    if get("date"):
        try:
            published = dt.date.fromisoformat(str(get("date"))[:10])
        except ValueError:
            published = None
    body = get("text") or ""
    # A ` date` header may also sit at the top of a saved page's text.
    body, header_date = _strip_header(body)
    return _drop_headline(body, get("title")), get("title"), published or header_date


def _drop_headline(body: str, title: str | None) -> str:
    """trafilatura keeps the page's headline as the first line; it is the title, not a sentence of the
    article (and a teaser headline would be read twice)."""
    lines = body.split("\n")
    if len(lines) > 1:
        first = lines[0].strip()
        if first and (first == (title or "").strip() or lines[1].lstrip().startswith(first)):
            return "\n".join(lines[1:])
    return body


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for a, b in _QUOTES:
        if a in text:
            text = text.replace(a, b)
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
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
        if not (line and (_CREDIT.match(line) or _HANDLE.match(line) or _is_kicker(line))))


def _is_kicker(line: str) -> bool:
    """A line of one or two words with no sentence punctuation: a section tag, an agency, a kicker."""
    words = line.split()
    if len(words) == 1 and not line.endswith((".", "!", "?", ":")):
        return True
    return bool(_AGENCY_ONLY.match(line)) and len(words) <= 3


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    # Every line is a paragraph: plain text and saved pages lay paragraphs out differently (blank lines or
    # not), and the same article must read the same either way.
    for m in regex.finditer(r"\n+|\Z", text):
        para_text_end = m.start()
        _split_paragraph(text, pos, para_text_end, paragraph, sentences)
        paragraph += 1
        pos = m.end()
        if m.end() >= len(text):
            break
    return sentences


def _split_paragraph(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    seg_start = start
    chunk = text[start:end]
    for m in _SENT_END.finditer(chunk):
        cut = start + m.start()
        if m.group(0).strip() == "" and "\n" not in m.group(0) and _ABBREV.search(text[max(seg_start, cut - 12):cut]):
            continue
        _emit(text, seg_start, cut, paragraph, out)
        seg_start = start + m.end()
    _emit(text, seg_start, end, paragraph, out)


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


def _title_from(first: str) -> str:
    return first if len(first) <= 140 else first[:137].rsplit(" ", 1)[0] + "..."
