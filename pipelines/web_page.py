"""A saved web page read as an article: what of the page is the article, and when it was published.

trafilatura finds the article body and metadata, but a news page holds furniture around and inside the article
that it keeps in part (read-also and related boxes, captions and credits, newsletter and ad boxes, tweets, tags,
comments, bylines) and a standfirst it may leave out. This module removes that furniture from the page's tree
before trafilatura reads it, known by the words of its class and id names (lexicon/web_page.yaml) and by the
headings of its boxes (lexicon/<lang>/web_page.yaml); reads the date a byline shows by the headline when the page
has no date metadata; and puts the standfirst back. pipelines/clean.py calls `read` for every HTML file and
normalises, filters and splits the body as it does a plain text.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

import regex

from pipelines.lexicon import LANGS, load, load_lang


def _lang_words(key: str) -> list[str]:
    """The words under `key` in every language's web_page.yaml: a page's language is not known before it is
    cleaned."""
    return [w for lang in LANGS for w in load_lang("web_page", lang).get(key, [])]


def _alternatives(words) -> str:
    return "|".join(regex.escape(w) for w in words)


_WORDS = load("web_page")
# Furniture boxes, known by the words of their class, id or data-* names (split at -, _ and camelCase).
# Single words, and pairs of words that only mean furniture together. A box named by a strong word never holds
# the article; a weak word ("share", "social", "sidebar") may be a feature of the article's own container.
_STRONG_BOX_WORDS = frozenset(_WORDS["strong_box_words"])
# Class names written as one word ("cikkajanlo", "relatedposts", "newsletterbox") hold these at an end.
_STRONG_STEMS = re.compile(f"^(?:{_alternatives(_WORDS['strong_stems']['first'])})"
                           f"|(?:{_alternatives(_WORDS['strong_stems']['last'])})$")
_WEAK_BOX_WORDS = frozenset(_WORDS["weak_box_words"])
_BOX_PAIRS = frozenset(tuple(p.split()) for p in _WORDS["box_pairs"])
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_STRONG_BOX_TAGS = ("figure", "figcaption", "iframe", "noscript", "button")
_WEAK_BOX_TAGS = ("aside", "form")  # a whole page may sit in a <form> (ASP.NET)
_BYLINE_WORDS = frozenset(_WORDS["byline_words"])
_LEAD_WORDS = frozenset(_WORDS["lead_words"])
_DATE_WORDS = frozenset(_WORDS["date_words"])
_NAME_SPLIT = regex.compile(r"[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})")
# A class name that states a feature of the element ("has-share-bar", "with-comments", "comments-enabled")
# does not make it that box: article bodies carry such names.
_MODIFIER_FIRST = frozenset(_WORDS["modifier_first"])
_MODIFIER_LAST = frozenset(_WORDS["modifier_last"])
# The heading of a read-also or related box ("Olvasd el ezt is", "Preberite tudi", "Les også", "Read also"),
# case-folded. clean.py drops a line that is only such a heading from any text.
BOX_HEADINGS = frozenset(h.casefold() for h in _lang_words("box_headings"))
_READ_ALSO_TAGS = frozenset("p div li h2 h3 h4 h5 h6 blockquote".split())


@dataclass
class WebPage:
    """What trafilatura read from a page whose furniture was removed first, and what was taken out before."""
    text: str  # the body, as trafilatura gives it
    title: str | None
    published: dt.date | None  # from the page's metadata
    byline_date: dt.date | None  # shown by the headline
    lead: str | None  # the standfirst, when the page marks one
    bylines: set[str]  # the removed bylines' texts, squashed

    def article(self, body: str) -> str:
        """The article's text from the body (self.text, or what is left of it): without the headline and
        byline lines trafilatura kept, with the standfirst it left out."""
        body = _drop_headline(body, self.title)
        if self.bylines:
            body = "\n".join(line for line in body.split("\n") if _squash(line) not in self.bylines)
        # The standfirst often sits outside the element trafilatura takes for the body (next to the headline):
        # it is the article's first paragraph all the same.
        if self.lead and _squash(self.lead)[:60] not in _squash(body):
            body = self.lead + "\n" + body
        return body


LATEST_DATE = "2099-12-31"  # htmldate needs a bound; see read()


def read(raw: str) -> WebPage | None:
    """The article of a decoded HTML page; None when the page cannot be parsed or holds no article."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it
    from trafilatura.utils import load_html

    try:
        tree = load_html(raw)
    except (TypeError, ValueError):
        tree = None
    if tree is None:
        return None
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
    # page's own metadata and markup count, or the date stays unknown. Its default latest date is this
    # machine's today, which drops a page dated after it (a clock behind the publisher's, a time zone ahead, an
    # archive replayed): the page's own date is kept, as a text file's header date is.
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True,
                                      date_extraction_params={"extensive_search": False, "original_date": True,
                                                              "max_date": LATEST_DATE})
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    published = None
    if get("date"):
        try:
            published = dt.date.fromisoformat(str(get("date"))[:10])
        except ValueError:
            published = None
    return WebPage(text=get("text") or "", title=get("title"), published=published, byline_date=byline_date,
                   lead=lead, bylines=byline_texts)


def _names(el) -> list[list[str]]:
    """The words of each class name, the id, itemprop and data-* values of an element."""
    names = (el.get("class") or "").split() + [el.get("id"), el.get("itemprop")]
    names += [v for k, v in el.attrib.items() if k.startswith("data-") and len(v) < 60]
    return [[w.lower() for w in _NAME_SPLIT.split(n) if w] for n in names if n]


def _name_words(el) -> list[str]:
    return [w for words in _names(el) for w in words]


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


def _is_read_also(el) -> bool:
    """A paragraph that only points at another article: "Olvasd el ezt is: <a>headline</a>"."""
    first = next((t for t in el.itertext() if t.strip()), "")
    if first.partition(":")[0].strip().casefold() not in BOX_HEADINGS:
        return False
    text = " ".join(el.text_content().split())
    head, sep, rest = text.partition(":")
    if not sep or head.strip().casefold() not in BOX_HEADINGS or len(text) > 300:
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


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _month_keys() -> dict[str, int]:
    """Month numbers by the first three letters (accents off) of each language's full month name: the first
    alternative of each month in lexicon/<lang>/dates.yaml (január -> jan, avgust -> avg, desember -> des)."""
    keys: dict[str, int] = {}
    for lang in LANGS:
        for number, alternatives in enumerate(load_lang("dates", lang).get("months", []), 1):
            key = _ascii(regex.match(r"\p{L}*", alternatives[0]).group())[:3]
            if keys.setdefault(key, number) != number:
                raise ValueError(f"month key {key!r} ({lang}) names two months")
    return keys


# A byline date: ISO, "2026. február 14.", "14. 2. 2026", "14.02.2026", "14. februar 2026", "14 Feb 2026",
# "February 14, 2026". Month names of hu, sl, no, en by their first three letters (accents off).
_MONTHS = _month_keys()
_MONTH = r"(?P<mon>\p{L}{3,10})\.?"
_BYLINE_DATES = [regex.compile(p, regex.I) for p in (
    r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b",
    r"\b(?P<y>\d{4})\.\s?(?:(?P<m>\d{1,2})\.|" + _MONTH + r")\s?(?P<d>\d{1,2})\.",
    r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})\b",
    r"\b(?P<d>\d{1,2})\.?\s+" + _MONTH + r",?\s+(?P<y>\d{4})\b",
    r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b",
)]
# A date after one of these words ("Frissítve: 2026. február 15.") is when the page was changed, not published.
_UPDATED = regex.compile(f"(?:{_alternatives(_lang_words('updated'))})" + r"\W*(?:\p{L}+\W+){0,2}\Z", regex.I)


def _parse_byline_dates(text: str) -> list[tuple[dt.date, bool]]:
    """Every date in a byline text, in order, each with whether it is labelled as an update."""
    found = []
    for pattern in _BYLINE_DATES:
        for m in pattern.finditer(text):
            month = m.group("m") if "m" in pattern.groupindex else None
            if month is None or not month.isdigit():
                month = _MONTHS.get(_ascii(m.group("mon"))[:3])
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
