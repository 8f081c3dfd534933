from pathlib import Path

from dagster_project.settings import REPO_ROOT, Settings


def test_defaults_are_absolute_under_the_repo():
    s = Settings.from_env({})
    assert s.raw_dir == REPO_ROOT / "seeds"
    assert s.warehouse == REPO_ROOT / "warehouse" / "parley.duckdb"


def test_relative_paths_resolve_against_the_repo_and_absolute_ones_stay(tmp_path):
    s = Settings.from_env({"PARLEY_RAW_DIR": "some/dir", "PARLEY_WAREHOUSE": str(tmp_path / "w.duckdb")})
    assert s.raw_dir == REPO_ROOT / "some" / "dir"
    assert s.warehouse == tmp_path / "w.duckdb"
    assert s.raw_dir.is_absolute() and Path(s.warehouse).is_absolute()


def test_export_writes_absolute_paths(monkeypatch, tmp_path):
    monkeypatch.setenv("PARLEY_WAREHOUSE", "x.duckdb")
    monkeypatch.setenv("PARLEY_RAW_DIR", "seeds")
    s = Settings.from_env()
    s.export()
    import os

    assert os.environ["PARLEY_WAREHOUSE"] == str(REPO_ROOT / "x.duckdb")
