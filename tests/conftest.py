"""Shared set-up: dbt's manifest is prepared once per test session (`dbt parse`), before the Dagster
definitions are imported, so the dbt assets always match the models on disk."""

import os
import tempfile
from pathlib import Path

import pytest

# dbt's profile reads PARLEY_WAREHOUSE even to parse; point it at a scratch file unless the caller set it.
os.environ.setdefault("PARLEY_WAREHOUSE", str(Path(tempfile.gettempdir()) / "parley-pytest" / "parse.duckdb"))

from dagster_project.project import prepare  # noqa: E402

prepare(force=True)

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return tmp_path / "wh" / "parley.duckdb"
