"""Real articles saved as web pages in the markup of real news sites must read as their plain text does.

tests/pages/ holds one page template per site style (telex, index, hvg, rtvslo, 24ur, delo, nrk, vg,
aftenposten, reuters, bbc, guardian): the furniture a browser's "Save page as... (HTML only)" keeps around and
inside an article (metadata, menus, bylines, captions and credits, read-also boxes, tweets, ads, newsletter
boxes, tags, comments, cookie banners, scripts, legacy charsets). Every article of tests/corpus and seeds/ is
poured into each template of its language and into the English ones; the page must give the text's
publication date, language and clean text (no furniture line in, no article line out) and the same event rows.

A template's first line configures it:
    <!-- parley-template lang=.. charset=.. body=p|br|br2 [links=1] [quote=1] [spacers=1] [subhead="..."] -->
Placeholders: {{TITLE}} (the headline), {{SOCIAL_TITLE}} (a shorter og:title), {{LEAD}} (the first paragraph,
laid out as the site's standfirst), {{BODY1}} and {{BODY2}} (the other paragraphs, before and after the inline
boxes), {{ISO}} and {{ISO_MOD}} (published and modified, machine-readable), {{URL_DATE}} (2026/02/14 in the
page's URL), {{DATE:fmt}} and {{MOD:fmt}} (the same, as the byline shows them). An undated
article's page has no date at all: every line holding a date placeholder is left out.
"""
from __future__ import annotations

import datetime as dt
import functools
import html
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipelines import clean, ingest
from pipelines.extract import extract_article

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "pages"
ARTICLES = sorted((ROOT / "tests" / "corpus").glob("*/*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
IGNORED = {"mention_id", "char_start", "char_end", "sentence_idx", "evidence"}

HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
             "október", "november", "december"]
SL_MONTHS = ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
             "november", "december"]
NO_SHORT = ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def _byline(d: dt.datetime, fmt: str) -> str:
    """A date as the sites print it in their bylines."""
    if fmt == "hu_long":  # 2026. február 14., 09:32
        return f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}., {d:%H:%M}"
    if fmt == "sl_long":  # 14. februar 2026 ob 09.32
        return f"{d.day}. {SL_MONTHS[d.month - 1]} {d.year} ob {d:%H.%M}"
    if fmt == "sl_num":  # 14. 2. 2026 ob 09:32
        return f"{d.day}. {d.month}. {d.year} ob {d:%H:%M}"
    if fmt == "no_num":  # 14.02.2026 kl. 09.32
        return f"{d:%d.%m.%Y} kl. {d:%H.%M}"
    if fmt == "no_short":  # 14. feb. 2026 kl. 09:32
        return f"{d.day}. {NO_SHORT[d.month - 1]} {d.year} kl. {d:%H:%M}"
    if fmt == "en_long":  # 14 February 2026
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if fmt == "en_us":  # February 14, 2026 9:32 AM GMT+1
        hour = f"{d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {hour} GMT+1"
    if fmt == "en_guardian":  # Sat 14 Feb 2026 09.32 CET
        return f"{d:%a} {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} {d:%H.%M} CET"
    raise ValueError(fmt)


@dataclass(frozen=True)
class Template:
    name: str
    lang: str
    charset: str
    body: str
    links: bool
    subhead: str | None
    markup: str
    quote: bool = False
    spacers: bool = False


def _load_templates() -> list[Template]:
    out = []
    for path in sorted(PAGES.glob("*.html")):
        first, markup = path.read_text(encoding="utf-8").split("\n", 1)
        conf = dict(item.split("=", 1) for item in shlex.split(first.strip()[4:-3])[1:])
        out.append(Template(path.stem, conf["lang"], conf["charset"], conf.get("body", "p"),
                            conf.get("links") == "1", conf.get("subhead"), markup,
                            conf.get("quote") == "1", conf.get("spacers") == "1"))
    return out


TEMPLATES = _load_templates()


@functools.cache
def from_text(path: Path, subhead: str | None = None):
    """The article's plain text; with a subheading, the text as it would be saved with it: a paragraph of its
    own where the page has it (between BODY1 and BODY2), since it is a line of the article either way."""
    raw = path.read_text(encoding="utf-8")
    if subhead:
        body, published = clean._strip_header(raw)
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        lead, rest = paragraphs[0], paragraphs[1:]
        half = (len(rest) + 1) // 2
        paragraphs = [lead, *rest[:half], subhead, *rest[half:]]
        raw = (f" date {published.isoformat()}\n" if published else "") + "\n\n".join(paragraphs) + "\n"
    return clean.clean(ingest.decode(raw.encode(), path.name).text, "text")


def headline_of(lead: str) -> str:
    words = re.sub(r"[\"'„“”«»&<>]", "", lead).split()[:9]
    # "... fordulót – közölte ...": a headline cut before a dash keeps no dash and no space before it
    return " ".join(words).rstrip(",.;:–- ")


def _linked(paragraph: str, n: int) -> str:
    """A link around two words of a longer paragraph, as sites link names and topics."""
    words = paragraph.split(" ")
    if len(words) < 10:
        return html.escape(paragraph)
    i = 3 + n % 4
    return (html.escape(" ".join(words[:i])) + f' <a href="/tema/{n}" class="link">'
            + html.escape(" ".join(words[i:i + 2])) + "</a> " + html.escape(" ".join(words[i + 2:])))


def _render_body(paragraphs: list[str], template: Template, offset: int) -> str:
    texts = [_linked(p, offset + i) if template.links else html.escape(p) for i, p in enumerate(paragraphs)]
    if template.spacers:  # the empty paragraphs a CMS leaves between paragraphs
        return "\n<p>&nbsp;</p>\n".join(f"<p>{t}</p>" for t in texts)
    if template.body in ("br", "br2"):  # two paragraphs in one <p>, parted by one or two <br> (soft returns)
        br = "<br>\n" if template.body == "br" else "<br><br>"
        return "\n".join("<p>" + br.join(texts[i:i + 2]) + "</p>" for i in range(0, len(texts), 2))
    if template.quote and offset == 0 and texts:  # the last paragraph before the boxes set as a block quote
        return "\n".join(f"<p>{t}</p>" for t in texts[:-1]) + f"\n<blockquote><p>{texts[-1]}</p></blockquote>"
    return "\n".join(f"<p>{t}</p>" for t in texts)


def as_saved_page(raw_text: str, template: Template) -> tuple[bytes, str]:
    body, published = clean._strip_header(raw_text)
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    lead, rest = paragraphs[0], paragraphs[1:]
    title = headline_of(lead)
    half = (len(rest) + 1) // 2
    page = template.markup
    if published is None:
        page = "\n".join(line for line in page.split("\n")
                         if not re.search(r"\{\{(?:ISO|DATE|MOD|URL_DATE)", line))
    else:
        pub = dt.datetime.combine(published, dt.time(9, 32))
        mod = pub + dt.timedelta(days=1, hours=-1, minutes=-22)
        page = page.replace("{{URL_DATE}}", f"{pub:%Y/%m/%d}")
        page = page.replace("{{ISO}}", f"{pub.isoformat()}+01:00").replace("{{ISO_MOD}}", f"{mod.isoformat()}+01:00")
        page = re.sub(r"\{\{DATE:(\w+)\}\}", lambda m: html.escape(_byline(pub, m.group(1))), page)
        page = re.sub(r"\{\{MOD:(\w+)\}\}", lambda m: html.escape(_byline(mod, m.group(1))), page)
    social = " ".join(title.split()[:4]) + " ..."  # a shorter title for social media, as some sites set
    page = (page.replace("{{TITLE}}", html.escape(title)).replace("{{SOCIAL_TITLE}}", html.escape(social))
            .replace("{{LEAD}}", html.escape(lead))
            .replace("{{BODY1}}", _render_body(rest[:half], template, 0))
            .replace("{{BODY2}}", _render_body(rest[half:], template, half)))
    assert "{{" not in page, template.name
    return page.encode(template.charset, errors="xmlcharrefreplace"), title


def event_rows(article) -> dict:
    rows = extract_article("a", article)
    return {table: sorted(repr({k: v for k, v in row.items() if k not in IGNORED}) for row in table_rows)
            for table, table_rows in rows.items() if table != "entity_mentions"}


def _cases():
    for path in ARTICLES:
        lang = from_text(path).language
        for t in TEMPLATES:
            if t.lang in (lang, "en"):
                yield pytest.param(path, t, id=f"{path.parent.name}/{path.stem}@{t.name}")


@pytest.mark.parametrize("path,template", list(_cases()))
def test_saved_page_reads_as_the_text(path: Path, template: Template):
    text_doc = from_text(path, template.subhead)
    data, title = as_saved_page(path.read_text(encoding="utf-8"), template)
    decoded = ingest.decode(data, f"{template.name}.html")
    assert decoded.reason is None and decoded.kind == "html"
    page_doc = clean.clean(decoded.text, "html")

    assert page_doc.published_date == text_doc.published_date
    assert page_doc.language == text_doc.language
    assert page_doc.title in (title, " ".join(title.split()[:4]) + " ...")
    page_lines = [line for line in page_doc.text.split("\n") if line]
    text_lines = [line for line in text_doc.text.split("\n") if line]
    assert page_lines == text_lines  # no furniture in, no article line lost, paragraphs as in the text
    assert event_rows(page_doc) == event_rows(text_doc)


def test_every_language_has_a_page_dated_only_by_its_byline():
    """The date reading that needs no metadata is exercised in every language."""
    for lang in ("hu", "sl", "no", "en"):
        assert any(t.lang == lang and "{{ISO}}" not in t.markup for t in TEMPLATES), lang


def _page(head: str, byline: str, body: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>Talks resume | News</title>{head}</head>'
            f'<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article>'
            f'<h1>Talks resume</h1>{byline}<div class="body">{body}</div></article>'
            f'<section class="related"><ul><li><a href="/x">Other story</a> <span class="date">10.02.2026</span>'
            f'</li></ul></section></main><footer>© 2026 News</footer></body></html>')


BODY = ("<p>Negotiators from Ukraine and Russia met in Geneva on 12 February 2026, officials said on Friday.</p>"
        "<p>A further round is planned for next week in Abu Dhabi, the Kremlin said.</p>")


@pytest.mark.parametrize("head,byline,expected", [
    # metadata wins over the byline
    ('<meta property="article:published_time" content="2026-02-13T08:00:00Z">',
     '<div class="byline">14.02.2026</div>', dt.date(2026, 2, 13)),
    # the published date, not the update shown beside it
    ("", '<div class="article-info">Frissítve: 2026. február 15., 08:10 · 2026. február 14., 09:32</div>',
     dt.date(2026, 2, 14)),
    # an update date when the page shows no other
    ("", '<p class="meta">Updated 15 February 2026</p>', dt.date(2026, 2, 15)),
    # no date by the headline: not the date the article mentions, not another story's, not the copyright
    ("", '<div class="byline">By Jane Doe</div>', None),
])
def test_a_page_date_comes_from_metadata_or_the_byline(head, byline, expected):
    doc = clean.clean(_page(head, byline, BODY), "html")
    assert doc.published_date == expected
    assert "Jane Doe" not in doc.text and "Other story" not in doc.text
    assert doc.text.startswith("Negotiators from Ukraine")


def test_a_page_dated_after_this_machine_s_today_keeps_its_date():
    """htmldate drops a date after the machine's today (its default latest date); a page's own metadata is kept,
    as a text file's header date is (a clock behind the publisher's, an archive replayed)."""
    ahead = dt.date.today() + dt.timedelta(days=40)
    head = (f'<meta property="article:published_time" content="{ahead.isoformat()}T06:41:00+01:00">'
            f'<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{ahead.isoformat()}"}}'
            f'</script>')
    assert clean.clean(_page(head, '<div class="byline">By Jane Doe</div>', BODY), "html").published_date == ahead


def test_a_declared_legacy_charset_is_believed():
    """è in ISO-8859-1 is č in Windows-1250, and both are letters parley reads: the page's declaration
    settles it."""
    page = _page("", "", "<p>Negotiators met in Genève on Monday, officials said.</p>", "iso-8859-1")
    decoded = ingest.decode(page.encode("latin-1"), "page.html")
    assert decoded.encoding == "cp1252"
    assert "Genève" in clean.clean(decoded.text, "html").text


def test_a_date_the_article_mentions_is_not_the_page_date():
    body = ('<p>The next round opens on <time datetime="2026-02-20">Friday, 20 February 2026</time> in Geneva, '
            'the Kremlin said.</p><p>Ukraine and Russia confirmed their delegations on Monday.</p>')
    doc = clean.clean(_page("", "", body), "html")
    assert doc.published_date is None
    assert "Friday, 20 February 2026 in Geneva" in doc.text


def test_an_article_body_named_after_a_feature_is_kept():
    """A short article under long comments, in a body whose class names a feature ("has-comments"): the
    body is the article, not a comment box."""
    comments = "".join(f"<p>Comment {i}: {'I really do not think these talks will lead anywhere at all. ' * 4}</p>"
                       for i in range(6))
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks | News</title></head><body><main>'
            f'<h1>Talks</h1><div class="article-body has-comments js-share-bar">{BODY}</div>'
            f'<section class="user-comments">{comments}</section></main></body></html>')
    doc = clean.clean(page, "html")
    assert doc.text.startswith("Negotiators from Ukraine") and "Comment" not in doc.text


@pytest.mark.parametrize("wrapper", [
    '<form id="aspnetForm" method="post" action="./clanek.aspx">',  # an ASP.NET page: all of it in a form
    '<div id="app" aria-hidden="true">',  # saved with the cookie dialog open: the page behind it is hidden
    '<div class="article-body paywall-content">',  # saved by a subscriber
])
def test_a_page_wrapped_in_a_weak_box_keeps_its_article(wrapper):
    tag = wrapper[1:wrapper.index(" ")]
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Talks | News</title></head><body>'
            f'<div role="dialog" class="cookie-consent"><p>We use cookies to improve your experience.</p></div>'
            f'{wrapper}<nav><a href="/">Home</a></nav><div class="content">{BODY}</div>'
            f'<footer><p>© 2026 News Ltd. All rights reserved.</p></footer></{tag}></body></html>')
    doc = clean.clean(page, "html")
    assert doc.text.startswith("Negotiators from Ukraine") and "cookies" not in doc.text
