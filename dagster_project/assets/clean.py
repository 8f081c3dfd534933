"""clean: raw.articles -> clean.articles + clean.sentences, for the live articles not yet cleaned with the
current cleaning code (``processing.clean_version``)."""

from dataclasses import asdict, dataclass
from pathlib import Path

import dagster as dg
from dagster import AssetExecutionContext

from dagster_project import processing
from dagster_project.resources import WarehouseResource
from pipelines import store

TABLES = {
    "clean.articles": processing.CLEAN_ARTICLES,
    "clean.sentences": processing.CLEAN_SENTENCES,
    "clean.failures": processing.CLEAN_FAILURES,
}


@dataclass
class CleanSummary:
    cleaned: int = 0
    sentences: int = 0
    failures: int = 0

    def line(self) -> str:
        return (
            f"clean: cleaned {self.cleaned} articles into {self.sentences} sentences, "
            f"{self.failures} failures"
        )


def clean_new(warehouse: str | Path, threshold: int = processing.POOL_THRESHOLD) -> CleanSummary:
    version = processing.clean_version()
    with store.write_lock(warehouse):
        with store.connect(warehouse) as con:
            with store.transaction(con):
                store.ensure_tables(con, TABLES)
            ids = [
                r[0]
                for r in con.execute(
                    """
                SELECT r.article_id
                FROM raw.articles AS r
                WHERE r.superseded_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM clean.articles AS c
                                  WHERE c.article_id = r.article_id AND c.clean_version = ?)
                ORDER BY r.article_id
                """,
                    [version],
                ).fetchall()
            ]
        if not ids:
            return CleanSummary()
        # Workers read their chunk of raw.articles and write Parquet; the load below is one bulk insert per
        # table, in one transaction with the deletes.
        with processing.scratch_dir(warehouse) as folder:
            out = processing.run_chunks("clean", warehouse, ids, version, folder, threshold=threshold)
            with store.connect(warehouse) as con, store.transaction(con):
                for table in TABLES:
                    con.execute(
                        f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
                    )
                for table in TABLES:
                    out.load(con, table, table.split(".", 1)[1])
    return CleanSummary(
        cleaned=len(ids), sentences=out.counts.get("sentences", 0), failures=out.counts.get("failures", 0)
    )


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["clean", "articles"],
            deps=[["raw", "articles"]],
            kinds={"python", "duckdb"},
            description="Body text, title, publication date and language of each live article.",
        ),
        dg.AssetSpec(
            ["clean", "sentences"],
            deps=[["raw", "articles"]],
            kinds={"python", "duckdb"},
            description="Sentences of each article with character offsets into clean.articles.text.",
        ),
    ],
    group_name="clean",
    can_subset=False,
)
def clean_articles(context: AssetExecutionContext, warehouse: WarehouseResource):
    """Clean the articles that are new (or whose cleaning code changed)."""
    summary = clean_new(warehouse.file)
    context.log.info(summary.line())
    meta = {k: dg.MetadataValue.int(v) for k, v in asdict(summary).items()}
    yield dg.MaterializeResult(asset_key=["clean", "articles"], metadata=meta)
    yield dg.MaterializeResult(
        asset_key=["clean", "sentences"], metadata={"new_sentences": summary.sentences}
    )
