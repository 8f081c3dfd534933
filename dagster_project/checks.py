"""Asset checks of the Python steps (the dbt tests are asset checks too, created by dagster-dbt)."""
import dagster as dg

from dagster_project import processing
from dagster_project.resources import WarehouseResource
from pipelines import store


@dg.asset_check(
    asset=dg.AssetKey(["extract", "failures"]),
    name="no_extraction_failures",
    description="Every live article went through the current extractor without raising (a warning, never "
    "a stop: failed articles are listed in extract.failures and the run goes on).",
)
def no_extraction_failures(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    version = processing.extractor_version()
    with store.connect(warehouse.file, read_only=True) as con:
        rows = con.execute(
            "SELECT article_id, error FROM extract.failures WHERE extractor_version = ? ORDER BY article_id",
            [version],
        ).fetchall()
    return dg.AssetCheckResult(
        passed=not rows,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "extractor_version": version,
            "failed_articles": len(rows),
            "first_errors": dg.MetadataValue.md(
                "\n".join(f"- `{a}`: {e[:200]}" for a, e in rows[:10]) or "none"
            ),
        },
    )
