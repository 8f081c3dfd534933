"""The same article saved as a web page (navigation, cookie banner, related links, comments around it)
must yield the same rows as its plain text: the contract promises it, and analysts mix both inputs."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

from pipelines import clean, ingest
from pipelines.extract import extract_article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
IGNORED = {"mention_id", "char_start", "char_end", "sentence_idx", "evidence"}


def as_web_page(raw_text: str) -> str:
    body, published = clean._strip_header(raw_text)
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    headline = html.escape(paragraphs[0][:80])
    meta = (f'<meta property="article:published_time" content="{published.isoformat()}T07:30:00Z">'
            if published else "")
    return f"""<!DOCTYPE html><html><head><title>{headline} | Daily News</title>{meta}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-consent">We use cookies to personalise content. <button>Accept all</button></div>
<main><article><h1>{headline}</h1>{''.join(f'<p>{html.escape(p)}</p>' for p in paragraphs)}</article>
<aside><h3>Related</h3><ul><li><a href="/a">Markets slide in Tokyo</a></li><li><a href="/b">Rain tomorrow</a></li></ul></aside>
<section class="comments"><p>Great piece!</p><p>Nonsense from start to end.</p></section></main>
<footer>© 2026 Daily News. All rights reserved.</footer></body></html>"""


def event_rows(article) -> dict:
    rows = extract_article("a", article)
    return {table: sorted(repr({k: v for k, v in row.items() if k not in IGNORED}) for row in table_rows)
            for table, table_rows in rows.items() if table != "entity_mentions"}


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_web_page_yields_the_rows_of_the_text(path: Path):
    raw = path.read_text(encoding="utf-8")
    page = as_web_page(raw)
    from_text = clean.clean(ingest.decode(raw.encode(), path.name).text, "text")
    from_page = clean.clean(ingest.decode(page.encode(), "page.html").text, "html")
    assert from_page.published_date == from_text.published_date
    assert from_page.language == from_text.language
    assert "cookies" not in from_page.text and "Related" not in from_page.text and "Nonsense" not in from_page.text
    assert event_rows(from_page) == event_rows(from_text)


def test_copyright_year_is_not_a_publication_date():
    page = as_web_page("Talks ended in Geneva on Tuesday without a breakthrough, officials said.")
    assert clean.clean(page, "html").published_date is None
