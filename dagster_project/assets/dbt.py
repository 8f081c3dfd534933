"""dbt: staging -> intermediate -> marts, as Dagster assets (one per model) with dbt tests as asset checks.

The dbt sources carry the asset keys of the Python assets (``meta.dagster.asset_key`` in
dbt/models/staging/_parley__sources.yml), so the lineage is one graph from raw files to the marts.
"""

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import dagster as dg
from dagster import AssetExecutionContext
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets

from dagster_project.dbt_command import build_dbt_args, dbt_env
from dagster_project.project import dbt_project, prepare
from dagster_project.resources import WarehouseResource
from pipelines import store

# Under `dagster dev` the manifest is rebuilt at load; elsewhere `make run` and the tests prepare it, and a
# missing one (a fresh clone) is prepared here.
dbt_project.prepare_if_dev()
prepare(force=False)


class ParleyDbtTranslator(DagsterDbtTranslator):
    """Asset keys are [schema, model] (dbt_project.yml sets the schema per folder); groups are the folders."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props.get("resource_type") in ("model", "seed", "snapshot"):
            fqn = dbt_resource_props.get("fqn") or []
            if len(fqn) >= 3:
                return fqn[1]
        return super().get_group_name(dbt_resource_props)


translator = ParleyDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))


@contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=translator,
    backfill_policy=dg.BackfillPolicy.single_run(),
)
def parley_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """`dbt build`: models and their tests, holding the warehouse's write lock (DuckDB has one writer)."""
    with store.write_lock(warehouse.file), _environment(dbt_env(warehouse.file)):
        yield from dbt.cli(build_dbt_args("build"), context=context).stream()
