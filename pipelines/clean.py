"""Turn a decoded file into a clean article: body text, title, publication date, language, sentences.

HTML goes through trafilatura (article body and metadata); plain text loses its header, photo credits,
captions' agency tags, social handles and one-word kickers. Sentences keep character offsets into the
clean text, so every extracted row can point back at the words it came from.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
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
    from trafilatura.utils import load_html

    try:
        tree = load_html(raw)
    except (TypeError, ValueError):
        tree = None
    if tree is None:
        return "", None, None
    # The furniture boxes that sit around and inside an article (read-also and related lists, captions and
    # credits, newsletter and ad boxes, tweets, tags, comments) go before trafilatura reads the page: it keeps
    # some of their headings and captions otherwise. Bylines go after their date has been read.
    _drop_boxes(tree)
    byline_date = _byline_date(tree)
    # A <time> inside a paragraph is a date the article mentions ("talks on <time>Friday</time>"): it stays
    # a word of the sentence (trafilatura drops <time> elements) and is not the page's date (htmldate reads
    # them).
    for time in [t for t in tree.iter("time") if any(a.tag == "p" for a in t.iterancestors())]:
        time.drop_tag()
    lead = _lead_of(tree)
    byline_texts = _drop_bylines(tree)
    # htmldate's extensive search guesses a date from any year on the page (a copyright line): only the
    # page's own metadata and markup count, or the date stays unknown.
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
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
    body = _drop_headline(body, get("title"))
    if byline_texts:
        body = "\n".join(line for line in body.split("\n") if _squash(line) not in byline_texts)
    # The standfirst often sits outside the element trafilatura takes for the body (next to the headline):
    # it is the article's first paragraph all the same.
    if lead and _squash(lead)[:60] not in _squash(body):
        body = lead + "\n" + body
    return body, get("title"), published or header_date or byline_date


# Furniture boxes, known by the words of their class, id or data-* names (split at -, _ and camelCase).
# Single words, and pairs of words that only mean furniture together. A box named by a strong word never holds
# the article; a weak word ("share", "social", "sidebar") may be a feature of the article's own container.
_STRONG_BOX_WORDS = frozenset("""
related relatedarticles recommendation recommendations recommended ajanlo ajanlott kapcsolodo sorodne
newsletter newsletters advert advertisement adverticum ad ads adslot advertising cookie cookies consent
onetrust cmp caption captions figcaption credit credits photographer signoff readmore readalso seealso
comments comment discussion disqus kepalairas kepfelirat bildetekst podnapis pullquote breadcrumb breadcrumbs
""".split())
# Class names written as one word ("cikkajanlo", "relatedposts", "newsletterbox") hold these at an end.
_STRONG_STEMS = re.compile(r"^(?:related|recommend|newsletter|advert|cookie|caption|readmore|readalso|kapcsolodo)"
                           r"|(?:related|ajanlo|kapcsolodo|newsletter|caption|readmore|readalso)$")
_WEAK_BOX_WORDS = frozenset("""
signup subscribe subscription promo banner share sharing social tags cimkek oznake copyright sidebar latest paywall
mostread popular trending onwards submeta embed tweet twitter instagram
""".split())
_BOX_PAIRS = frozenset(tuple(p.split()) for p in """
read more|read also|see also|sign off|sign up|rich link|links block|topic list|top stories|more from|most read
most viewed|mest lest|les ogsa|preberite tudi|olvasd el|sr only|visually hidden|screen reader|skip link|pull quote
""".replace("\n", "|").split("|") if p.strip())
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_STRONG_BOX_TAGS = ("figure", "figcaption", "iframe", "noscript", "button")
_WEAK_BOX_TAGS = ("aside", "form")  # a whole page may sit in a <form> (ASP.NET)
_BYLINE_WORDS = frozenset("byline bylines author authors contributor contributors szerzo avtor forfatter".split())
_LEAD_WORDS = frozenset("lead lede standfirst summary preamble ingress intro perex deck dek abstract".split())
_DATE_WORDS = frozenset("date time datetime timestamp published publish pubdate datum dates meta info".split())
_NAME_SPLIT = regex.compile(r"[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})")


def _names(el) -> list[list[str]]:
    """The words of each class name, the id, itemprop and data-* values of an element."""
    names = (el.get("class") or "").split() + [el.get("id"), el.get("itemprop")]
    names += [v for k, v in el.attrib.items() if k.startswith("data-") and len(v) < 60]
    return [[w.lower() for w in _NAME_SPLIT.split(n) if w] for n in names if n]


def _name_words(el) -> list[str]:
    return [w for words in _names(el) for w in words]


# A class name that states a feature of the element ("has-share-bar", "with-comments", "comments-enabled")
# does not make it that box: article bodies carry such names.
_MODIFIER_FIRST = frozenset("has with no show enable enabled allow is js".split())
_MODIFIER_LAST = frozenset("enabled disabled active on off free".split())


def _box_strength(el) -> int:
    """2 when the element is furniture that never holds the article, 1 when it is furniture unless it holds
    most of the page's prose, 0 when it is not a box."""
    if el.tag in _STRONG_BOX_TAGS:
        return 2
    if el.tag in _READ_ALSO_TAGS and _is_read_also(el):
        return 2
    strength = 0
    for words in _names(el):
        if not words or words[0] in _MODIFIER_FIRST or words[-1] in _MODIFIER_LAST:
            continue
        if any(w in _STRONG_BOX_WORDS or (len(w) > 7 and _STRONG_STEMS.search(w)) for w in words) \
                or any(p in _BOX_PAIRS for p in zip(words, words[1:], strict=False)):
            return 2
        if any(w in _WEAK_BOX_WORDS for w in words):
            strength = 1
    # Hidden from readers: text for screen readers only ("Skip past newsletter promotion"), hidden copies (a
    # page saved with a dialog open may have its whole content aria-hidden).
    if el.tag in _WEAK_BOX_TAGS or el.get("hidden") is not None or el.get("aria-hidden") == "true" \
            or _HIDDEN_STYLE.search(el.get("style") or ""):
        strength = 1
    return strength


_READ_ALSO_TAGS = frozenset("p div li h2 h3 h4 h5 h6 blockquote".split())


def _is_read_also(el) -> bool:
    """A paragraph that only points at another article: "Olvasd el ezt is: <a>headline</a>"."""
    first = next((t for t in el.itertext() if t.strip()), "")
    if first.partition(":")[0].strip().casefold() not in _BOX_HEADINGS:
        return False
    text = " ".join(el.text_content().split())
    head, sep, rest = text.partition(":")
    if not sep or head.strip().casefold() not in _BOX_HEADINGS or len(text) > 300:
        return False
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return linked >= len(rest.strip()) / 2


def _squash(text: str) -> str:
    return "".join(text.split()).lower()


def _text_size(el) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def _drop_boxes(tree) -> None:
    """Remove furniture boxes, but never one that holds the headline, nor one named by a weak word that holds
    most of the page's prose (a body named "article-body social-share")."""
    prose = sum(_text_size(p) for p in tree.iter("p")) or 1
    boxes = [(el, strength) for el in tree.iter() if isinstance(el.tag, str)
             and el.tag not in ("html", "body", "head") and (strength := _box_strength(el))]
    for el, strength in boxes:
        if el.getparent() is None or any(a.tag == "p" for a in el.iterancestors()):
            continue
        if next(el.iter("h1"), None) is not None:
            continue
        if strength == 1 and sum(_text_size(p) for p in el.iter("p")) > prose / 2:
            continue
        el.drop_tree()


def _drop_bylines(tree) -> set[str]:
    """Remove bylines (author names, roles, times) and return their texts: trafilatura may keep them as a
    line of their own, and such a line is dropped from its text."""
    texts = set()
    for el in [el for el in tree.iter() if isinstance(el.tag, str) and el.tag != "body"
               and _BYLINE_WORDS.intersection(_name_words(el))]:
        if el.getparent() is None or any(a.tag == "p" for a in el.iterancestors()):
            continue
        if next(el.iter("h1"), None) is not None or _text_size(el) > 300:
            continue
        texts.add(_squash(el.text_content()))
        el.drop_tree()
    return texts


def _lead_of(tree) -> str | None:
    """The standfirst (lead) paragraph, when the page marks one."""
    body = tree.find("body")
    for el in (body if body is not None else tree).iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "meta", "summary") or not _LEAD_WORDS.intersection(
                _name_words(el)):
            continue
        if any(a.tag == "a" for a in el.iterancestors()):
            continue
        text = " ".join(el.text_content().split())
        if 40 <= len(text) <= 1500:
            return text
    return None


# A byline date: ISO, "2026. február 14.", "14. 2. 2026", "14.02.2026", "14. februar 2026", "14 Feb 2026",
# "February 14, 2026". Month names of hu, sl, no, en by their first three letters (accents off).
_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "may": 5, "mai": 5, "jun": 6, "jul": 7, "aug": 8,
           "avg": 8, "sep": 9, "sze": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12, "des": 12}
_MONTH = r"(?P<mon>\p{L}{3,10})\.?"
_BYLINE_DATES = [regex.compile(p, regex.I) for p in (
    r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b",
    r"\b(?P<y>\d{4})\.\s?(?:(?P<m>\d{1,2})\.|" + _MONTH + r")\s?(?P<d>\d{1,2})\.",
    r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})\b",
    r"\b(?P<d>\d{1,2})\.?\s+" + _MONTH + r",?\s+(?P<y>\d{4})\b",
    r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b",
)]
# A date after one of these is when the page was changed, not published.
_UPDATED = regex.compile(r"(?:updated|modified|frissítve|frissítés|módosítva|posodobljeno|oppdatert|endret)"
                         r"\W*(?:\p{L}+\W+){0,2}\Z", regex.I)


def _parse_byline_dates(text: str) -> list[tuple[dt.date, bool]]:
    """Every date in a byline text, in order, each with whether it is labelled as an update."""
    found = []
    for pattern in _BYLINE_DATES:
        for m in pattern.finditer(text):
            month = m.group("m") if "m" in pattern.groupindex else None
            if month is None or not month.isdigit():
                key = unicodedata.normalize("NFKD", m.group("mon")).encode("ascii", "ignore").decode().lower()
                month = _MONTHS.get(key[:3])
                if month is None:
                    continue
            try:
                day = dt.date(int(m.group("y")), int(month), int(m.group("d")))
            except ValueError:
                continue
            found.append((m.start(), day, bool(_UPDATED.search(text[max(0, m.start() - 40):m.start()]))))
    found.sort(key=lambda f: f[0])
    return [(day, updated) for _, day, updated in found]


def _byline_date(tree) -> dt.date | None:
    """The publication date a page shows by its headline when its metadata has none: the first date in a
    <time> element or in a small element named as a date or byline, at or after the headline, outside links
    and lists (other articles' teasers). An update date counts only when it is the only date shown. Every
    such dated element is removed: a byline's time is not a line of the article."""
    body = tree.find("body")
    root = body if body is not None else tree
    h1 = next(root.iter("h1"), None)
    seen_h1 = h1 is None
    published = updated = None
    dated = []
    for el in root.iter():
        if el is h1:
            seen_h1 = True
        if not isinstance(el.tag, str) or (el.tag != "time" and not (_DATE_WORDS | _BYLINE_WORDS).intersection(
                _name_words(el))):
            continue
        if el.tag in ("a", "li", "p") or any(a.tag in ("a", "li", "p") for a in el.iterancestors()):
            continue
        if _text_size(el) > 200:
            continue
        texts = [el.get("datetime") or ""] if el.tag == "time" else []
        texts.append(" ".join(el.text_content().split()))
        days = [d for text in texts for d in _parse_byline_dates(text)]
        if not days:
            continue
        dated.append(el)
        if seen_h1 and published is None:
            published = next((day for day, is_update in days if not is_update), None)
            updated = updated or days[0][0]
    for el in dated:
        if el.getparent() is not None:
            el.drop_tree()
    return published or updated


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
                          or _SIGN_OFF.match(line) or line.rstrip(":").casefold() in _BOX_HEADINGS)))


# A line that only names the sources, "(MTI, Reuters)", "(STA/dpa)"; a wire sign-off "Reporting by ...;
# Editing by ..."; the heading of a read-also or related box copied with the article.
_SOURCE_LINE = regex.compile(r"^\([\p{L}.&/ ,;-]{2,60}\)$")
def _is_source_line(line: str) -> bool:
    return bool(_SOURCE_LINE.match(line)) and len(line.split()) <= 5


_SIGN_OFF = regex.compile(r"^(?:additional\s+)?(?:reporting|writing|editing)\s+by\s", regex.I)
_BOX_HEADINGS = frozenset("""read more|read also|see also|related|related articles|related stories|more on this story
olvasd el ezt is|olvasd el|kapcsolódó|kapcsolódó cikkek|ajánlott cikk|preberite tudi|preberite še|sorodne novice
les også|les mer|relaterte saker|se også|advertisement|hirdetés|oglas|annonse|also read|preberi tudi|več o temi
watch|listen|video|videó|nézd meg|poglejte|se video|se også video""".replace("\n", "|").split("|"))


def _is_kicker(line: str) -> bool:
    """A line of one or two words with no sentence punctuation: a section tag, an agency, a kicker."""
    n_words = len(line.split(None, 3))  # up to four: only one, or three at most, matters
    if n_words == 1 and not line.endswith((".", "!", "?", ":")):
        return True
    return n_words <= 3 and bool(_AGENCY_ONLY.match(line))


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    # Every line is a paragraph: plain text and saved pages lay paragraphs out differently (blank lines or
    # not), and the same article must read the same either way.
    for m in _NEWLINES.finditer(text):
        _split_paragraph(text, pos, m.start(), paragraph, sentences)
        paragraph += 1
        pos = m.end()
    if pos < len(text):
        _split_paragraph(text, pos, len(text), paragraph, sentences)
    return sentences


def _split_paragraph(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    seg_start = start
    for cut, after in _sentence_cuts(text[start:end]):
        cut += start
        if text[cut - 1] == "." and _ABBREV.search(text[max(seg_start, cut - 12):cut]):
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


def _title_from(first: str) -> str:
    return first if len(first) <= 140 else first[:137].rsplit(" ", 1)[0] + "..."
