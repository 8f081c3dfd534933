"""The dbt project as Dagster sees it, and how its manifest is prepared."""

import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dagster_dbt import DbtProject

from dagster_project.dbt_command import MARTS_BUILD_SCHEMA, dbt_executable
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
# What dbt parses with: the environment of the asset's `dbt build` (marts built into marts_next). The build
# starts from the partial-parse state of this parse; with any other value of PARLEY_MARTS_SCHEMA dbt sees the
# schema macro change and parses the whole project again, every run (about 5 s of CPU).
PARSE_ENV = {"PARLEY_MARTS_SCHEMA": MARTS_BUILD_SCHEMA}
_PARSED = ("manifest.json", "partial_parse.msgpack")


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
    digest.update(f"PARLEY_WAREHOUSE={os.environ.get('PARLEY_WAREHOUSE', '')}\0".encode())
    for var, value in PARSE_ENV.items():
        digest.update(f"{var}={value}\0".encode())
    return digest.hexdigest()


def _outputs_stat() -> str:
    """Size and mtime of the parse's outputs: another dbt command writing dbt/target (a `dbt docs generate`
    by hand) changes them, and then the manifest is parsed again."""
    target = dbt_project.manifest_path.parent
    parts = []
    for name in _PARSED:
        st = (target / name).stat()
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return " ".join(parts)


def _parse() -> None:
    """`dbt parse` in a subprocess with the build's environment (not through DbtCliResource, which would
    start `dbt --version` and an in-process adapter first)."""
    env = {**os.environ, **PARSE_ENV, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    subprocess.run(
        [dbt_executable(), "parse", "--quiet", "--project-dir", str(DBT_PROJECT_DIR),
         "--profiles-dir", str(DBT_PROJECT_DIR), "--target-path", str(dbt_project.manifest_path.parent)],
        cwd=DBT_PROJECT_DIR, env=env, check=True,
    )


_lock_depth = 0


@contextmanager
def manifest_lock() -> Iterator[None]:
    """One process at a time parses or reads dbt/target/manifest.json: dbt rewrites it in place, and two runs
    started together (another warehouse, so another parse) would otherwise read each other's half-written
    file. Re-entrant within a process."""
    global _lock_depth
    if _lock_depth:
        _lock_depth += 1
        try:
            yield
        finally:
            _lock_depth -= 1
        return
    path = dbt_project.manifest_path.with_name("manifest.parley-lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        _lock_depth = 1
        try:
            yield
        finally:
            _lock_depth = 0
            fcntl.flock(handle, fcntl.LOCK_UN)


def load_manifest(force: bool = False) -> dict:
    """The manifest, prepared and read whole under the lock."""
    with manifest_lock():
        prepare(force)
        return json.loads(dbt_project.manifest_path.read_bytes())


def prepare(force: bool = False) -> None:
    with manifest_lock():
        _prepare(force)


def _prepare(force: bool = False) -> None:
    """Write dbt/target/manifest.json (`dbt parse`): when forced, unless the manifest was parsed from exactly
    the files and environment of now (a fingerprint beside it); else only when it is missing.

    `dagster dev`, `make run` and the tests force it once, so the assets always match the models on disk.
    The fingerprint spares every run the seconds of a `dbt parse` when nothing it reads changed.
    """
    stamp = dbt_project.manifest_path.with_name("manifest.parley-fingerprint")
    parsed = all((dbt_project.manifest_path.parent / name).exists() for name in _PARSED)
    if parsed and not force:
        return
    fingerprint = _fingerprint()
    if parsed and stamp.exists() and stamp.read_text() == f"{fingerprint} {_outputs_stat()}":
        return
    stamp.unlink(missing_ok=True)
    _parse()
    stamp.write_text(f"{fingerprint} {_outputs_stat()}")
