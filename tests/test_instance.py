"""The Dagster instance `make` writes (dagster_project/instance_config.py): its event log keeps SQLite
connections open, and what it stores is Dagster's own history, readable by stock Dagster, even after the
process that wrote it was killed."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import dagster as dg
import yaml

from dagster_project import instance_config
from dagster_project.instance_storage import OPEN_ENGINES, ParleyEventLogStorage

REPO = Path(__file__).resolve().parents[1]


@dg.asset(key=["t", "numbers"])
def numbers() -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={"rows": 3})


@dg.asset_check(asset=numbers)
def numbers_positive() -> dg.AssetCheckResult:
    return dg.AssetCheckResult(passed=True)


def _materialize(instance: dg.DagsterInstance) -> str:
    result = dg.materialize([numbers, numbers_positive], instance=instance)
    assert result.success
    return result.run_id


def test_the_written_config_selects_parleys_storage(tmp_path: Path):
    path = instance_config.write(tmp_path / "home")
    config = yaml.safe_load(path.read_text())
    assert config["concurrency"]["runs"]["max_concurrent_runs"] == 1
    with dg.DagsterInstance.from_config(str(tmp_path / "home")) as instance:
        assert isinstance(instance.event_log_storage, ParleyEventLogStorage)


def test_history_is_stock_dagsters_and_engines_are_bounded(tmp_path: Path):
    home = tmp_path / "home"
    instance_config.write(home)
    with dg.DagsterInstance.from_config(str(home)) as instance:
        run_ids = [_materialize(instance) for _ in range(OPEN_ENGINES + 2)]
        n_events = {run_id: len(instance.all_logs(run_id)) for run_id in run_ids}
        assert len(instance.event_log_storage._engines) <= OPEN_ENGINES
    # the same files through Dagster's stock SQLite storage (what a dagster.yaml without ours reads)
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    with dg.DagsterInstance.from_config(str(home)) as stock:
        assert not isinstance(stock.event_log_storage, ParleyEventLogStorage)
        assert {run_id: len(stock.all_logs(run_id)) for run_id in run_ids} == n_events
        assert all(n > 5 for n in n_events.values())
        latest = stock.get_latest_materialization_event(dg.AssetKey(["t", "numbers"]))
        assert latest is not None and latest.run_id == run_ids[-1]
        assert len(stock.get_runs()) == len(run_ids)


def test_a_killed_process_keeps_the_events_it_stored(tmp_path: Path):
    home = tmp_path / "home"
    instance_config.write(home)
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(REPO / "tests")!r})
        import dagster as dg
        from test_instance import _materialize
        instance = dg.DagsterInstance.from_config({str(home)!r})
        print(_materialize(instance), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)  # no dispose, no clean close of the open connections
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "DAGSTER_HOME": str(home)})
    assert proc.returncode == -9, proc.stderr[-2000:]
    run_id = proc.stdout.strip().splitlines()[-1]
    with dg.DagsterInstance.from_config(str(home)) as instance:
        run = instance.get_run_by_id(run_id)
        assert run is not None and run.status == dg.DagsterRunStatus.SUCCESS
        assert instance.get_latest_materialization_event(dg.AssetKey(["t", "numbers"])).run_id == run_id
        checks = instance.event_log_storage.get_latest_asset_check_execution_by_key(
            [dg.AssetCheckKey(dg.AssetKey(["t", "numbers"]), "numbers_positive")])
        assert checks, "the check's evaluation was lost"
