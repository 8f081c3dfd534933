"""dbt: staging -> intermediate -> marts, as Dagster assets (one per model) with dbt tests as asset checks.

The marts are built into schema ``marts_next`` and published to ``marts`` in one DuckDB transaction after
``dbt build`` succeeded (``publish_marts``): a run killed or failing anywhere in dbt leaves the previous
marts, all from one run. Staging and intermediate are views over the Python tables: they need no such care.

The dbt sources carry the asset keys of the Python assets (``meta.dagster.asset_key`` in
dbt/models/staging/_parley__sources.yml), so the lineage is one graph from raw files to the marts.
"""

import os
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dagster as dg
from dagster import AssetExecutionContext
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets

from dagster_project.dbt_command import MARTS_BUILD_SCHEMA, MARTS_SCHEMA, build_dbt_args, dbt_env
from dagster_project.project import dbt_project, load_manifest
from dagster_project.resources import WarehouseResource
from pipelines import store

# Under `dagster dev` the manifest is checked at every load (parsed again when the dbt project changed);
# elsewhere `make run` and the tests prepare it, and a missing one (a fresh clone) is prepared here. It is read
# under the manifest lock, never while another process's `dbt parse` rewrites it.
MANIFEST = load_manifest(force=bool(os.environ.get("DAGSTER_IS_DEV_CLI")))


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


def publish_marts(
    warehouse, build_schema: str = MARTS_BUILD_SCHEMA, schema: str = MARTS_SCHEMA
) -> dict[str, int]:
    """Replace every table of ``schema`` by its new version from ``build_schema``, in one transaction, and
    drop ``build_schema``. Readers see the old marts or the new ones, never a mix. Returns rows per table."""
    counts: dict[str, int] = {}
    with store.connect(warehouse) as con, store.transaction(con):
        tables = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE schema_name = ? AND database_name = "
                "current_database() ORDER BY table_name",
                [build_schema],
            ).fetchall()
        ]
        if not tables:
            raise RuntimeError(f"dbt built no table in schema {build_schema}: nothing to publish")
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        for table in tables:
            con.execute(f'DROP TABLE IF EXISTS {schema}."{table}"')
            con.execute(f'CREATE TABLE {schema}."{table}" AS SELECT * FROM {build_schema}."{table}"')
            counts[table] = con.execute(f'SELECT count(*) FROM {schema}."{table}"').fetchone()[0]
        con.execute(f"DROP SCHEMA {build_schema} CASCADE")
        store.pause_point("marts-before-commit")
    return counts


KEEP_INVOCATION_TARGETS = 3


def prune_invocation_targets(target_dir: Path, prefix: str, keep: int = KEEP_INVOCATION_TARGETS) -> None:
    """dagster-dbt gives every invocation a target folder of its own (compiled SQL, run_results: about 6 MB
    at 100k articles); a scheduled pipeline would fill the disk. The newest few stay for debugging."""
    folders = sorted((p for p in target_dir.glob(f"{prefix}-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
    for old in folders[:-keep] if keep else folders:
        shutil.rmtree(old, ignore_errors=True)


@dbt_assets(
    manifest=MANIFEST,
    project=dbt_project,
    dagster_dbt_translator=translator,
    backfill_policy=dg.BackfillPolicy.single_run(),
)
def parley_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """`dbt build` into ``marts_next``, then publish the marts at once; holds the warehouse's write lock."""
    env = {**dbt_env(warehouse.file), "PARLEY_MARTS_SCHEMA": MARTS_BUILD_SCHEMA}
    with store.write_lock(warehouse.file), _environment(env):
        # dbt would fail at once on a file another process (an analyst) holds open: wait for it first.
        store.wait_until_writable(warehouse.file)
        # raises when dbt fails (a model, or a test of severity error): then nothing is published
        invocation = dbt.cli(build_dbt_args("build"), context=context)
        try:
            yield from invocation.stream()
        except BaseException:
            # dagster-dbt stops dbt only on an interrupt; on any other error dbt would be left running,
            # blocked on its output pipe and holding the warehouse open.
            if invocation.process.poll() is None:
                invocation.process.terminate()
                invocation.process.wait(timeout=30)
            raise
        finally:
            prune_invocation_targets(invocation.target_path.parent, invocation.target_path.name.rsplit("-", 2)[0])
        counts = publish_marts(warehouse.file)
    context.log.info("marts published: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
