"""Placeholder engine: returns no rows until the real one lands."""
from pipelines.extract.schema import TABLES


def extract(article_id, article):
    return {name: [] for name in TABLES}
