"""Extraction: one clean article in, rows for every table of `schema.TABLES` out.

`extract_article(article_id, article)` is pure: no I/O, no Dagster, no database.
"""
from __future__ import annotations

from pipelines.clean import CleanArticle


def extract_article(article_id: str, article: CleanArticle) -> dict[str, list[dict]]:
    from pipelines.extract.events import extract  # the engine; imported lazily to keep this light

    return extract(article_id, article)
