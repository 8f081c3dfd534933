import json

import pytest

from dagster_project.dbt_command import build_dbt_args, dbt_env


def test_build_is_the_default_command():
    assert build_dbt_args() == ["build"]


def test_vars_are_json_with_sorted_keys():
    args = build_dbt_args("run", vars={"b": 2, "a": "x"}, extra=["--fail-fast"])
    assert args[:2] == ["run", "--vars"]
    assert args[2] == '{"a": "x", "b": 2}'
    assert json.loads(args[2]) == {"a": "x", "b": 2}
    assert args[3:] == ["--fail-fast"]


def test_no_vars_no_flag():
    assert build_dbt_args("test", vars={}) == ["test"]


def test_rejects_a_flag_as_command():
    with pytest.raises(ValueError):
        build_dbt_args("--select")


def test_dbt_env_needs_an_absolute_path(tmp_path):
    assert dbt_env(tmp_path / "w.duckdb") == {"PARLEY_WAREHOUSE": str(tmp_path / "w.duckdb")}
    with pytest.raises(ValueError, match="absolute"):
        dbt_env("warehouse/parley.duckdb")


def test_old_invocation_targets_are_pruned(tmp_path):
    import os

    from dagster_project.assets.dbt import prune_invocation_targets

    for i in range(6):
        folder = tmp_path / f"parley_dbt_models-{i:07x}-abc{i}"
        folder.mkdir()
        (folder / "run_results.json").write_text("{}")
        os.utime(folder, (1_000_000 + i, 1_000_000 + i))
    (tmp_path / "manifest.json").write_text("{}")
    prune_invocation_targets(tmp_path, "parley_dbt_models", keep=3)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["manifest.json", "parley_dbt_models-0000003-abc3", "parley_dbt_models-0000004-abc4",
                    "parley_dbt_models-0000005-abc5"]
