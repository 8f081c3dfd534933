"""`make bench`: parley at 1,000, 10,000 and 100,000 articles, and the daily increment.

For every size in BENCH_SIZES (default 1000,10000,100000):
  * a corpus of that many varied articles (bench/scale_corpus.py), generated once and cached in BENCH_DIR;
  * a full run of the real pipeline (`python -m dagster_project.run`: raw -> clean -> extract -> dbt build)
    on an empty warehouse and a fresh DAGSTER_HOME (with the instance config `make` writes), timed wall
    clock, with the peak memory of its process tree
    (the sum of the RSS of every process, sampled from /proc every 50 ms, which counts the pages forked
    workers share once per process; and the sum of their PSS, which counts them once) and the largest process;
  * on the largest size: 100 new articles added to the folder, and the incremental run timed the same way.
Then clean+extract articles/s per core and the ratio to one compiled regex pass over the same bytes, measured
in the same process by bench/extract_speed.py (median of repetitions). Results go to stdout (one table) and
to BENCH_DIR/results.json and results.md.

    BENCH_SIZES=1000,10000 BENCH_DIR=/tmp/parley-bench python -m bench
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench import scale_corpus
from dagster_project import instance_config

ROOT = Path(__file__).resolve().parents[1]
INCREMENT = 100


# ------------------------------------------------------------------------------------ process memory


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(b")") + 2 :].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except OSError:
        return 0


def _pss_kb(pid: int) -> int:
    """The process's proportional share of its pages: a page shared by n processes counts 1/n in each, so the
    sum over a tree of forked processes is what the tree occupies (the RSS sum counts shared pages n times)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cmd(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace")[:80]
    except OSError:
        return "?"


class TreeMemory(threading.Thread):
    """Samples the total RSS (and PSS) of a process and its descendants; keeps the peaks and the biggest process."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_kb = 0
        self.peak_pss_kb = 0
        self.peak_single_kb = 0
        self.peak_single_cmd = ""
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            kids = _children()
            todo, total, pss = [self.pid], 0, 0
            while todo:
                pid = todo.pop()
                rss = _rss_kb(pid)
                total += rss
                pss += _pss_kb(pid)
                if rss > self.peak_single_kb:
                    self.peak_single_kb, self.peak_single_cmd = rss, _cmd(pid)
                todo.extend(kids.get(pid, []))
            self.peak_kb = max(self.peak_kb, total)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


# ----------------------------------------------------------------------------------------- one run


def run_pipeline(raw_dir: Path, warehouse: Path, dagster_home: Path, log: Path) -> dict:
    instance_config.write(dagster_home)  # the instance `make run` uses
    env = {
        **os.environ,
        "PARLEY_RAW_DIR": str(raw_dir),
        "PARLEY_WAREHOUSE": str(warehouse),
        "DAGSTER_HOME": str(dagster_home),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    t0 = time.perf_counter()
    with open(log, "ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "dagster_project.run"], cwd=ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT)
        mem = TreeMemory(proc.pid)
        mem.start()
        rc = proc.wait()
        mem.stop()
    wall = time.perf_counter() - t0
    if rc != 0:
        raise SystemExit(f"bench: the run on {raw_dir} failed (exit {rc}); see {log}")
    return {
        "wall_s": round(wall, 2),
        "peak_tree_mb": round(mem.peak_kb / 1024),
        "peak_tree_pss_mb": round(mem.peak_pss_kb / 1024),
        "peak_process_mb": round(mem.peak_single_kb / 1024),
        "peak_process": mem.peak_single_cmd,
        "steps": step_times(log),
    }


def step_times(log: Path) -> dict[str, float]:
    """Seconds per Dagster step of the last run in the log (from its STEP_SUCCESS lines)."""
    import re

    text = log.read_text(errors="replace")
    last = text.rfind("RUN_START")
    out = {}
    for m in re.finditer(r'Finished execution of step "(\w+)" in ([\d.]+)(ms|s|m(\d+)s)', text[last:]):
        step, value, unit = m.group(1), float(m.group(2)), m.group(3)
        if unit == "ms":
            value /= 1000
        elif unit.startswith("m") and unit != "ms":
            value = value * 60 + float(m.group(4))
        if step in ("raw_files", "clean_articles", "extracted_mentions", "parley_dbt_models"):
            out[step] = round(value, 2)
    return out


def marts_counts(warehouse: Path) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from marts.{t}").fetchone()[0]
                for t in ("articles", "meetings", "participants", "proposals", "attacks")}
    finally:
        con.close()


# --------------------------------------------------------------------------------------- the bench


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_gb = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    except OSError:
        mem_gb = 0
    load = os.getloadavg()
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory_gb": round(mem_gb, 1), "python": platform.python_version(),
            "load_before": [round(x, 2) for x in load]}


def extraction_speed(n: int, reps: int) -> dict:
    """Clean+extract on one core vs one compiled regex pass, same articles, same run (bench.extract_speed)."""
    from bench import extract_speed

    articles = scale_corpus.sample(n)
    extract_speed.engine_pass(articles[:200])  # warm-up: lexicon and patterns
    engine, yard = [], []
    for _ in range(reps):
        engine.append(len(articles) / extract_speed.engine_pass(articles))
        yard.append(len(articles) / extract_speed.yardstick_pass(articles))
    e, y = statistics.median(engine), statistics.median(yard)
    return {"articles": n, "reps": reps, "mean_bytes": sum(len(a.encode()) for a in articles) // n,
            "engine_per_core": round(e), "regex_per_core": round(y), "ratio": round(e / y, 4),
            "regex_pattern": extract_speed.YARDSTICK.pattern, "engine_runs": [round(x) for x in engine]}


def main() -> int:
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(",") if s.strip()]
    work = Path(os.environ.get("BENCH_DIR", "/tmp/parley-bench")).resolve()
    speed_n = int(os.environ.get("BENCH_SPEED_ARTICLES", "2000"))
    speed_reps = int(os.environ.get("BENCH_SPEED_REPS", "5"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "machine": machine(), "sizes": {}}
    print(f"bench: sizes {sizes}, work folder {work}, machine {results['machine']}", flush=True)

    for n in sizes:
        t0 = time.perf_counter()
        corpus = scale_corpus.ensure(work / f"corpus-{n}", n)
        inc_dir = corpus / "zz-increment"
        if inc_dir.exists():
            shutil.rmtree(inc_dir)
        gen_s = time.perf_counter() - t0
        run_dir = work / f"run-{n}"
        if run_dir.exists():
            shutil.rmtree(run_dir)
        run_dir.mkdir(parents=True)
        log = run_dir / "run.log"
        print(f"bench: {n} articles ({gen_s:.1f} s to prepare the corpus): full run ...", flush=True)
        full = run_pipeline(corpus, run_dir / "parley.duckdb", run_dir / "dagster_home", log)
        full["marts"] = marts_counts(run_dir / "parley.duckdb")
        print(f"  full run {full['wall_s']} s, peak {full['peak_tree_mb']} MB, steps {full['steps']}", flush=True)
        entry = {"full": full}
        if n == max(sizes):
            scale_corpus.write(inc_dir, n, n + INCREMENT)
            inc = run_pipeline(corpus, run_dir / "parley.duckdb", run_dir / "dagster_home", log)
            inc["marts"] = marts_counts(run_dir / "parley.duckdb")
            print(f"  +{INCREMENT} articles: {inc['wall_s']} s, peak {inc['peak_tree_mb']} MB, steps {inc['steps']}",
                  flush=True)
            entry["increment"] = inc
            shutil.rmtree(inc_dir)
        results["sizes"][str(n)] = entry

    print(f"bench: clean+extract speed on one core ({speed_n} articles, {speed_reps} repetitions) ...", flush=True)
    results["speed"] = extraction_speed(speed_n, speed_reps)
    results["machine"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    (work / "results.json").write_text(json.dumps(results, indent=2))
    table = render(results)
    (work / "results.md").write_text(table)
    print()
    print(table)
    return 0


def render(results: dict) -> str:
    sizes = sorted(results["sizes"], key=int)
    sp = results["speed"]
    lines = [
        "| articles | full run (s) | raw | clean | extract | dbt | peak memory, tree RSS sum (MB) "
        "| tree PSS sum (MB) | largest process (MB) | time ratio vs. previous size |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    prev = None
    for n in sizes:
        f = results["sizes"][n]["full"]
        s = f["steps"]
        ratio = f"{f['wall_s'] / prev:.2f}" if prev else ""
        lines.append(
            f"| {int(n):,} | {f['wall_s']} | {s.get('raw_files', '')} | {s.get('clean_articles', '')} "
            f"| {s.get('extracted_mentions', '')} | {s.get('parley_dbt_models', '')} | {f['peak_tree_mb']} "
            f"| {f.get('peak_tree_pss_mb', '')} | {f['peak_process_mb']} | {ratio} |"
        )
        prev = f["wall_s"]
    for n in sizes:
        inc = results["sizes"][n].get("increment")
        if inc:
            s = inc["steps"]
            lines.append(
                f"| {int(n):,} + {INCREMENT} (incremental) | {inc['wall_s']} | {s.get('raw_files', '')} "
                f"| {s.get('clean_articles', '')} | {s.get('extracted_mentions', '')} "
                f"| {s.get('parley_dbt_models', '')} | {inc['peak_tree_mb']} | {inc.get('peak_tree_pss_mb', '')} "
                f"| {inc['peak_process_mb']} | |"
            )
    lines += [
        "",
        f"clean+extract on one core: {sp['engine_per_core']:,} articles/s (median of {sp['reps']}; runs "
        f"{sp['engine_runs']}); one compiled regex pass (`{sp['regex_pattern']}`) over the same "
        f"{sp['articles']:,} articles (mean {sp['mean_bytes']:,} bytes): {sp['regex_per_core']:,} articles/s; "
        f"ratio engine/regex = {sp['ratio']:.4f} (the regex pass is {1 / sp['ratio']:.0f}x faster).",
        f"machine: {results['machine']}; date {results['date']}",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
