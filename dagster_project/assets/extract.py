"""extract: clean articles -> the mention tables of ``pipelines.extract.schema.TABLES`` (schema ``extract``).

An article is extracted once per extractor version (a hash of pipelines/extract, pipelines/lexicon, clean.py,
web_page.py and language.py). When the version changes every article is extracted again: old rows out and new
rows in, in one transaction. An article whose extraction raises is recorded in extract.failures and the run goes on.
"""

from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg
from dagster import AssetExecutionContext

from dagster_project import processing, sidecar
from dagster_project.resources import WarehouseResource
from pipelines import store
from pipelines.clean import CleanArticle
from pipelines.extract.schema import TABLES as MENTION_TABLES

TABLES = {f"extract.{name}": schema for name, schema in MENTION_TABLES.items()}
BOOKKEEPING = {
    "extract.processed": processing.EXTRACT_PROCESSED,
    "extract.failures": processing.EXTRACT_FAILURES,
}


@dataclass
class ExtractSummary:
    version: str = ""
    full_refresh: bool = False
    extracted: int = 0
    failures: int = 0
    rows: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        rows = ", ".join(f"{n} {t}" for t, n in self.rows.items())
        what = "re-extracted (new extractor version)" if self.full_refresh else "extracted"
        return f"extract {self.version}: {what} {self.extracted} articles, {self.failures} failures" + (
            f"; rows: {rows}" if rows else ""
        )


def _articles(con, ids: list[str]) -> list[tuple[str, CleanArticle]]:
    return processing.read_clean_items(con, ids)


def extract_new(warehouse: str | Path, threshold: int = processing.POOL_THRESHOLD) -> ExtractSummary:
    try:
        return _extract_new(warehouse, threshold)
    finally:
        sidecar.stop()  # the last step that hands it work: its memory is free for dbt


def _extract_new(warehouse: str | Path, threshold: int) -> ExtractSummary:
    version = processing.extractor_version()
    summary = ExtractSummary(version=version)
    with store.write_lock(warehouse):
        with store.connect(warehouse) as con:
            with store.transaction(con):
                store.ensure_tables(con, {**TABLES, **BOOKKEEPING})
            stale = con.execute(
                "SELECT count(*) FROM extract.processed WHERE extractor_version <> ?", [version]
            ).fetchone()[0]
            summary.full_refresh = stale > 0
            pending_ids = [
                r[0]
                for r in con.execute(
                    """
                SELECT c.article_id
                FROM clean.articles AS c
                JOIN raw.articles AS r USING (article_id)
                WHERE r.superseded_at IS NULL
                  AND (? OR NOT EXISTS (SELECT 1 FROM extract.processed AS p
                                        WHERE p.article_id = c.article_id AND p.extractor_version = ?))
                ORDER BY c.article_id
                """,
                    [summary.full_refresh, version],
                ).fetchall()
            ]
        if not pending_ids and not summary.full_refresh:
            return summary
        # Workers read their chunk of clean.articles/clean.sentences and write Parquet; the load below is one
        # bulk insert per table, in one transaction with the deletes.
        with processing.scratch_dir(warehouse) as folder:
            out = processing.run_chunks(
                "extract", warehouse, pending_ids, version, folder, threshold=threshold
            )
            with store.connect(warehouse) as con, store.transaction(con):
                if summary.full_refresh:
                    for table in [*TABLES, *BOOKKEEPING]:
                        con.execute(f"DELETE FROM {table}")
                else:
                    for table in [*TABLES, *BOOKKEEPING]:
                        con.execute(
                            f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                            [pending_ids],
                        )
                for table in TABLES:
                    name = table.split(".", 1)[1]
                    summary.rows[name] = out.load(con, table, name)
                out.load(con, "extract.processed", "_processed")
                summary.failures = out.load(con, "extract.failures", "_failures")
                store.pause_point("extract-before-commit")
    summary.extracted = len(pending_ids)
    return summary


@dg.multi_asset(
    specs=[
        *[
            dg.AssetSpec(
                ["extract", name],
                deps=[["clean", "articles"], ["clean", "sentences"]],
                kinds={"python", "duckdb"},
                description=f"extract.{name}: rows of pipelines.extract for every live article "
                "(see pipelines/extract/schema.py).",
            )
            for name in MENTION_TABLES
        ],
        dg.AssetSpec(
            ["extract", "failures"],
            deps=[["clean", "articles"], ["clean", "sentences"]],
            kinds={"python", "duckdb"},
            description="Articles whose extraction raised, with the error, per extractor version.",
        ),
    ],
    group_name="extract",
    can_subset=False,
)
def extracted_mentions(context: AssetExecutionContext, warehouse: WarehouseResource):
    """Run the extractor over the articles not yet extracted with its current version."""
    summary = extract_new(warehouse.file)
    context.log.info(summary.line())
    if summary.failures:
        context.log.warning(f"{summary.failures} articles failed extraction: see extract.failures")
    base = {
        "extractor_version": summary.version,
        "articles_extracted": summary.extracted,
        "full_refresh": summary.full_refresh,
    }
    for name in MENTION_TABLES:
        yield dg.MaterializeResult(
            asset_key=["extract", name], metadata={**base, "new_rows": summary.rows.get(name, 0)}
        )
    yield dg.MaterializeResult(
        asset_key=["extract", "failures"], metadata={**base, "new_failures": summary.failures}
    )
