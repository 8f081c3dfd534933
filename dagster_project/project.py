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


def _fingerprint() -> str:
    """What the manifest depends on: every file of the dbt project (models, macros, tests, the project and
    profile files) and the environment the profile and macros read."""
    import hashlib

    digest = hashlib.sha256()
    files = [DBT_PROJECT_DIR / "dbt_project.yml", DBT_PROJECT_DIR / "profiles.yml"]
    for folder in ("models", "macros", "tests", "seeds", "analyses", "snapshots"):
        if (DBT_PROJECT_DIR / folder).is_dir():
            files += sorted(p for p in (DBT_PROJECT_DIR / folder).rglob("*") if p.is_file())
    for path in files:
        if path.is_file():
            digest.update(str(path.relative_to(DBT_PROJECT_DIR)).encode() + b"\0" + path.read_bytes() + b"\0")
    for var in ("PARLEY_WAREHOUSE", "PARLEY_MARTS_SCHEMA"):
        digest.update(f"{var}={os.environ.get(var, '')}\0".encode())
    return digest.hexdigest()


def prepare(force: bool = False) -> None:
    """Write dbt/target/manifest.json (`dbt parse`): when forced, unless the manifest was parsed from exactly
    the files and environment of now (a fingerprint beside it); else only when it is missing.

    `dagster dev` re-parses at every load (prepare_if_dev); `make run` and the tests force it once, so the
    assets always match the models on disk. The fingerprint spares every run the seconds of a `dbt parse`
    when nothing it reads changed.
    """
    stamp = dbt_project.manifest_path.with_name("manifest.parley-fingerprint")
    if dbt_project.manifest_path.exists():
        if not force:
            return
        fingerprint = _fingerprint()
        if stamp.exists() and stamp.read_text() == fingerprint:
            return
    else:
        fingerprint = _fingerprint()
    stamp.unlink(missing_ok=True)
    dbt_project.preparer.prepare(dbt_project)
    stamp.write_text(fingerprint)
