"""Resources: the warehouse file and the input folder (paths only: connections are opened by each step, late,
and closed early), and dbt's CLI."""

from __future__ import annotations

from functools import cached_property
from importlib.metadata import version as installed_version
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource
from packaging import version

from dagster_project.dbt_command import dbt_executable
from dagster_project.settings import DBT_PROJECT_DIR, Settings


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file. Steps use pipelines.store with ``path``; no connection lives here."""

    path: str

    @property
    def file(self) -> Path:
        return Path(self.path)


class RawFolderResource(dg.ConfigurableResource):
    """The folder of articles to load (read only)."""

    path: str

    @property
    def folder(self) -> Path:
        return Path(self.path)


class ParleyDbtCliResource(DbtCliResource):
    """dagster-dbt's CLI resource without two start-up costs of every `dbt build` that parley does not use
    (seconds each, before dbt even starts): running `dbt --version` to learn the version of the dbt we
    installed ourselves, and loading the profile and a DuckDB adapter into this process (it serves only the
    optional row-count and column metadata, which parley does not fetch)."""

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(installed_version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):  # noqa: ANN001, ANN202 - dagster-dbt's private hook
        return None


def build_resources(settings: Settings) -> dict[str, object]:
    return {
        "warehouse": WarehouseResource(path=str(settings.warehouse)),
        "raw_folder": RawFolderResource(path=str(settings.raw_dir)),
        "dbt": ParleyDbtCliResource(
            project_dir=str(DBT_PROJECT_DIR),
            profiles_dir=str(DBT_PROJECT_DIR),
            dbt_executable=dbt_executable(),
        ),
    }
