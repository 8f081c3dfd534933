"""The warm worker `make run` forks for small batches (dagster_project.sidecar): it gives the same Parquet as the
run's own process, and it never outlives the run. Each case runs in a subprocess of its own: the sidecar is a
fork, and the pytest process may carry threads of earlier tests."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SAME_OUTPUT = textwrap.dedent(
    """
    import os, sys
    from dagster_project import sidecar
    assert sidecar.start(), "no sidecar"
    import duckdb, pyarrow.parquet as pq
    from dagster_project import processing

    folder, texts = sys.argv[1], [
        ("a1", "a.txt", "text", " date 2026-01-05\\nThe envoys met in Geneva on Monday. Russia fired 40 drones.\\n"),
        ("a2", "b.txt", "text", " date 2026-02-10\\nA tárgyalók jövő héten Genfben találkoznak.\\n"),
        ("a3", "c.txt", "text", " date 2026-03-02\\nPogajalci so se včeraj sestali v Abu Dabiju.\\n"),
    ]
    warehouse = os.path.join(folder, "w.duckdb")
    con = duckdb.connect(warehouse)
    con.execute("CREATE SCHEMA raw; CREATE SCHEMA clean")
    con.execute("CREATE TABLE raw.articles (article_id VARCHAR, source_path VARCHAR, kind VARCHAR, text VARCHAR)")
    con.executemany("INSERT INTO raw.articles VALUES (?, ?, ?, ?)", texts)
    con.close()
    ids = [t[0] for t in texts]

    def both(kind):
        there = sidecar.run((kind, warehouse, ids, "v", os.path.join(folder, kind + "-there")))
        here = processing._work_chunk(kind, warehouse, ids, "v", os.path.join(folder, kind + "-here"))
        assert there is not None, "the sidecar did not run the job"
        assert there == here, (there, here)
        for name, n in here.items():
            if n:
                a = pq.read_table(os.path.join(folder, f"{kind}-there.{name}.parquet"))
                b = pq.read_table(os.path.join(folder, f"{kind}-here.{name}.parquet"))
                assert a.equals(b), name
        return here

    cleaned = both("clean")
    con = duckdb.connect(warehouse)
    for name in ("articles", "sentences"):
        con.execute(f"CREATE TABLE clean.{name} AS SELECT * FROM read_parquet(?)",
                    [os.path.join(folder, f"clean-here.{name}.parquet")])
    con.close()
    extracted = both("extract")
    assert extracted["meeting_mentions"] >= 3 and extracted["attack_mentions"] >= 1, extracted
    pid = sidecar._child[0]
    sidecar.stop()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        print("OK", cleaned["sentences"], extracted["meeting_mentions"])
    else:
        raise SystemExit("the sidecar is still running after stop()")
    assert sidecar.run(("clean", warehouse, ids, "v", os.path.join(folder, "after"))) is None
    """
)

KILLED_PARENT = textwrap.dedent(
    """
    import time
    from dagster_project import sidecar
    assert sidecar.start()
    print(sidecar._child[0], flush=True)
    time.sleep(60)
    """
)


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(REPO), "PARLEY_SIDECAR": "1"}


def test_the_sidecar_writes_what_the_process_itself_writes(tmp_path):
    out = subprocess.run([sys.executable, "-c", SAME_OUTPUT, str(tmp_path)], cwd=REPO, env=_env(),
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.startswith("OK "), out.stdout


def test_the_sidecar_ends_with_a_killed_run():
    proc = subprocess.Popen([sys.executable, "-c", KILLED_PARENT], cwd=REPO, env=_env(), stdout=subprocess.PIPE,
                            text=True)
    child = int(proc.stdout.readline())
    os.kill(child, 0)  # running
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 60  # it may still be warming up; it sees the closed pipe after that
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        # a zombie is gone for every purpose but the process table (its parent, `init`, reaps it)
        if Path(f"/proc/{child}/stat").read_text().split(") ")[1].startswith("Z"):
            return
        time.sleep(0.2)
    os.kill(child, signal.SIGKILL)
    raise AssertionError("the sidecar outlived the killed run")


def test_no_sidecar_when_switched_off():
    code = "from dagster_project import sidecar; print(sidecar.start(), sidecar.run(('clean', 'x', [], 'v', 'p')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env={**_env(), "PARLEY_SIDECAR": "0"},
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["False", "None"], out.stderr
