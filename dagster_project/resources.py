"""Resources: the warehouse file and the input folder (paths only: connections are opened by each step, late,
and closed early), and dbt's CLI."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource

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


def dbt_executable() -> str:
    """The dbt of this interpreter's environment (the venv), else the first one on PATH."""
    beside = Path(sys.executable).with_name("dbt")
    if beside.exists():
        return str(beside)
    return shutil.which("dbt") or "dbt"


def build_resources(settings: Settings) -> dict[str, object]:
    return {
        "warehouse": WarehouseResource(path=str(settings.warehouse)),
        "raw_folder": RawFolderResource(path=str(settings.raw_dir)),
        "dbt": DbtCliResource(
            project_dir=str(DBT_PROJECT_DIR),
            profiles_dir=str(DBT_PROJECT_DIR),
            dbt_executable=dbt_executable(),
        ),
    }
