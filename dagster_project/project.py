"""The dbt project as Dagster sees it, and how its manifest is prepared."""

import os
import shutil
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from dagster_project.settings import DBT_PROJECT_DIR, Settings


def ensure_dbt_on_path() -> None:
    """dagster-dbt looks for `dbt` on PATH; when this interpreter's venv has one, make sure it is found."""
    venv_bin = Path(sys.executable).parent
    if (venv_bin / "dbt").exists() and shutil.which("dbt") != str(venv_bin / "dbt"):
        os.environ["PATH"] = os.pathsep.join([str(venv_bin), os.environ.get("PATH", "")])


ensure_dbt_on_path()
# dbt's profile reads env_var('PARLEY_WAREHOUSE') even to parse (e.g. under a bare `dagster dev`).
os.environ.setdefault("PARLEY_WAREHOUSE", str(Settings.from_env().warehouse))
dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def prepare(force: bool = False) -> None:
    """Write dbt/target/manifest.json (`dbt parse`): always when forced, else only when it is missing.

    `dagster dev` re-parses at every load (prepare_if_dev); `make run` and the tests force it once, so the
    assets always match the models on disk.
    """
    if force or not dbt_project.manifest_path.exists():
        dbt_project.preparer.prepare(dbt_project)
