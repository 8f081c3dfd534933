"""Reruns, crashes and concurrent runs, for real: `python -m dagster_project.run` as a subprocess on a copy of
seeds/, killed with SIGKILL (the whole process group, dbt included) at chosen moments.

One module-scoped fixture runs the sequence once:

A. a complete run (seeds + an empty file);
B. a new file is added; the run is killed inside the extract step's transaction (test hook
   ``PARLEY_TEST_PAUSE=extract-before-commit``);
C. a run killed in the middle of `dbt build`, once the first mart was built (seen in the run's output);
D. a run killed inside the transaction that publishes the new marts (``marts-before-commit``);
E. a complete run: it must finish and equal a run from scratch;
F. two runs started at once on a new warehouse: both succeed (the second waits for the write lock), and the
   warehouse equals E's.

After each killed run the warehouse must open read-only and its marts must be exactly those of run A.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest
from test_pipeline import NEW_ARTICLE, snapshot

from dagster_project.assets.raw import load_raw
from pipelines import store

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
RUN_TIMEOUT = 240


def _marts(snap: dict, when: bool = True) -> dict:
    """The marts of a snapshot; ``when=False`` drops rejected_files.seen_at (the time of the run)."""
    out = {k: v for k, v in snap.items() if k.startswith("marts.")}
    if not when:
        out["marts.rejected_files"] = [row[:2] for row in out["marts.rejected_files"]]
    return out


def _env(folder: Path, warehouse: Path, home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PARLEY_RAW_DIR=str(folder),
        PARLEY_WAREHOUSE=str(warehouse),
        DAGSTER_HOME=str(home),
        PYTHONUNBUFFERED="1",
        **extra,
    )
    for key in ("PARLEY_TEST_PAUSE", "PARLEY_TEST_PAUSE_FILE", "PARLEY_LOCK_TIMEOUT"):
        if key not in extra:
            env.pop(key, None)
    return env


def _home(base: Path, name: str) -> Path:
    home = base / name
    home.mkdir(exist_ok=True)
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    return home


def _start(env: dict, log: Path) -> subprocess.Popen:
    handle = open(log, "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        [sys.executable, "-m", "dagster_project.run"],
        cwd=REPO,
        env=env,
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: SIGKILL reaches dbt too
    )
    proc.log_handle = handle
    return proc


def _finish(proc: subprocess.Popen, log: Path) -> tuple[int, str]:
    try:
        rc = proc.wait(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        raise
    finally:
        proc.log_handle.close()
    return rc, log.read_text(errors="replace")


def _kill_when(proc: subprocess.Popen, ready, what: str) -> None:
    deadline = time.monotonic() + RUN_TIMEOUT
    while not ready():
        if proc.poll() is not None:
            raise AssertionError(f"the run ended (rc {proc.returncode}) before {what}")
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.log_handle.close()
    assert proc.returncode == -signal.SIGKILL


def _readable(warehouse: Path) -> None:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for mart in ("articles", "meetings", "participants", "proposals", "attacks", "rejected_files"):
            con.execute(f"SELECT * FROM marts.{mart}").fetchall()
    finally:
        con.close()


@dataclass
class Sequence:
    folder: Path
    warehouse: Path
    snapshots: dict = field(default_factory=dict)
    logs: dict = field(default_factory=dict)
    concurrent: list = field(default_factory=list)
    concurrent_warehouse: Path | None = None


@pytest.fixture(scope="module")
def seq(tmp_path_factory) -> Sequence:
    base = tmp_path_factory.mktemp("crashes")
    folder = base / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_bytes(b"")
    warehouse = base / "out" / "parley.duckdb"
    home = _home(base, "dagster_home")
    s = Sequence(folder, warehouse)

    # A: a complete run
    rc, s.logs["A"] = _finish(_start(_env(folder, warehouse, home), base / "A.log"), base / "A.log")
    assert rc == 0, s.logs["A"][-3000:]
    s.snapshots["A"] = snapshot(warehouse)

    # B: a new file; killed inside the extract transaction
    (folder / "new-article.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    marker = base / "paused-extract"
    env = _env(folder, warehouse, home, PARLEY_TEST_PAUSE="extract-before-commit",
               PARLEY_TEST_PAUSE_FILE=str(marker))
    proc = _start(env, base / "B.log")
    _kill_when(proc, marker.exists, "the extract step's transaction")
    _readable(warehouse)
    s.snapshots["B"] = snapshot(warehouse)

    # C: killed in the middle of dbt build, right after the first mart was built
    log = base / "C.log"
    proc = _start(_env(folder, warehouse, home), log)
    built = re.compile(r"OK created sql table model marts_next\.\w+")
    _kill_when(proc, lambda: bool(built.search(log.read_text(errors="replace"))), "a mart built by dbt")
    s.logs["C"] = log.read_text(errors="replace")
    _readable(warehouse)
    s.snapshots["C"] = snapshot(warehouse)

    # D: killed inside the transaction that publishes the marts
    marker = base / "paused-marts"
    env = _env(
        folder, warehouse, home, PARLEY_TEST_PAUSE="marts-before-commit", PARLEY_TEST_PAUSE_FILE=str(marker)
    )
    proc = _start(env, base / "D.log")
    _kill_when(proc, marker.exists, "the transaction publishing the marts")
    _readable(warehouse)
    s.snapshots["D"] = snapshot(warehouse)

    # E: the next run completes
    rc, s.logs["E"] = _finish(_start(_env(folder, warehouse, home), base / "E.log"), base / "E.log")
    assert rc == 0, s.logs["E"][-3000:]
    s.snapshots["E"] = snapshot(warehouse)

    # F: two runs at once on a new warehouse, sharing the Dagster instance like two `make run`
    s.concurrent_warehouse = base / "out2" / "parley.duckdb"
    env = _env(folder, s.concurrent_warehouse, home)
    procs = [_start(env, base / f"F{i}.log") for i in range(2)]
    s.concurrent = [_finish(p, base / f"F{i}.log") for i, p in enumerate(procs)]
    s.snapshots["F"] = snapshot(s.concurrent_warehouse)
    return s


def test_a_killed_extraction_leaves_the_previous_marts(seq):
    before, after = seq.snapshots["A"], seq.snapshots["B"]
    assert _marts(after) == _marts(before)
    # the extract step's rows were rolled back; the raw and clean steps before it had committed
    for table in before:
        if table.startswith("extract."):
            assert after[table] == before[table], table
    assert len(after["raw.articles"]) == len(before["raw.articles"]) + 1


def test_a_run_killed_during_dbt_leaves_the_previous_marts(seq):
    assert "OK created sql table model marts_next." in seq.logs["C"]
    assert "marts published" not in seq.logs["C"]
    assert _marts(seq.snapshots["C"]) == _marts(seq.snapshots["A"])


def test_a_run_killed_while_publishing_leaves_the_previous_marts(seq):
    assert _marts(seq.snapshots["D"]) == _marts(seq.snapshots["A"])


def test_the_next_run_completes_and_equals_a_run_from_scratch(seq):
    after = seq.snapshots["E"]
    ids_before = {row[0] for row in seq.snapshots["A"]["marts.articles"]}
    new_id = {row[0] for row in after["marts.articles"]} - ids_before
    assert len(new_id) == 1
    assert len(after["marts.articles"]) == len(seq.snapshots["A"]["marts.articles"]) + 1
    # the F runs started from an empty warehouse: E, after three crashes, must hold the same marts
    assert _marts(after, when=False) == _marts(seq.snapshots["F"], when=False)
    for table in after:
        if table.startswith(("extract.", "clean.")) and table != "clean.failures":
            assert after[table] == seq.snapshots["F"][table], table
    con = duckdb.connect(str(seq.warehouse), read_only=True)
    try:  # nothing half-built is left behind
        left = "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'marts_next'"
        assert con.execute(left).fetchone() == (0,)
    finally:
        con.close()
    assert "  files: 7 seen, 0 loaded (new articles), 7 skipped (already loaded), 0 rejected" in seq.logs["E"]


def test_two_runs_at_once_both_finish_and_corrupt_nothing(seq):
    (rc1, out1), (rc2, out2) = seq.concurrent
    assert (rc1, rc2) == (0, 0), (out1[-2000:], out2[-2000:])
    lines = {line for out in (out1, out2) for line in out.splitlines() if line.startswith("  files:")}
    # the first run loads everything, the second (which waited for the lock) finds nothing new
    assert lines == {
        "  files: 7 seen, 6 loaded (new articles), 0 skipped (already loaded), 1 rejected, "
        "0 duplicates of known articles, 0 superseded",
        "  files: 7 seen, 0 loaded (new articles), 7 skipped (already loaded), 0 rejected, "
        "0 duplicates of known articles, 0 superseded",
    }
    rejected = seq.snapshots["F"]["marts.rejected_files"]
    assert [(row[0], row[1]) for row in rejected] == [("empty.txt", "empty file")]


def test_a_second_run_stops_with_a_clear_message_when_the_lock_is_held(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    warehouse = tmp_path / "wh" / "parley.duckdb"
    log = tmp_path / "run.log"
    with store.write_lock(warehouse):
        env = _env(folder, warehouse, _home(tmp_path, "home"), PARLEY_LOCK_TIMEOUT="1")
        rc, out = _finish(_start(env, log), log)
    assert rc == 1
    assert "is being written by another parley run" in out and "PARLEY_LOCK_TIMEOUT" in out
    assert "the run FAILED" in out


# ------------------------------------------------------------------ an analyst's read-only connection

READER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
con.execute("SELECT count(*) FROM raw.articles").fetchall()
print("open", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def _reader(warehouse: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", READER, str(warehouse), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "open"
    return proc


@pytest.fixture
def loaded(tmp_path, warehouse) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    load_raw(folder, warehouse)
    (folder / "b.txt").write_text(NEW_ARTICLE + "More.\n", encoding="utf-8")
    return folder


def test_a_run_waits_for_an_analysts_connection_to_close(loaded, warehouse, monkeypatch, capfd):
    monkeypatch.setenv("PARLEY_LOCK_TIMEOUT", "30")
    reader = _reader(warehouse, 1.5)
    started = time.monotonic()
    summary = load_raw(loaded, warehouse)
    assert time.monotonic() - started >= 1.0
    assert summary.loaded == 1
    reader.wait(timeout=10)
    err = capfd.readouterr().err
    assert "parley: waiting up to 30 s for" in err and f"(PID {reader.pid})" in err


def test_a_run_stops_when_an_analysts_connection_stays_open(loaded, warehouse, monkeypatch):
    monkeypatch.setenv("PARLEY_LOCK_TIMEOUT", "1")
    reader = _reader(warehouse, 30)
    try:
        with pytest.raises(store.WarehouseLocked) as caught:
            load_raw(loaded, warehouse)
    finally:
        reader.kill()
        reader.wait()
    message = str(caught.value)
    assert "is open in another process" in message and f"(PID {reader.pid})" in message
    assert "even read-only" in message and "PARLEY_LOCK_TIMEOUT" in message
    # nothing was written, and the next run loads the new file
    assert load_raw(loaded, warehouse).loaded == 1
