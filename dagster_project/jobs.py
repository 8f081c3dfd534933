"""The one job: every asset, in the same process, one step at a time (DuckDB has a single writer)."""

import dagster as dg

parley_job = dg.define_asset_job(
    name="parley",
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="raw -> clean -> extract -> dbt (staging, intermediate, marts) and the dbt tests.",
)
