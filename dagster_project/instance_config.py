"""The Dagster instance parley runs on, written to $DAGSTER_HOME/dagster.yaml by `make` (and by the benchmark
for its own instance), from this one place:

    python -m dagster_project.instance_config DAGSTER_HOME

* one run at a time: DuckDB has a single writer, so scheduled and sensor runs queue;
* no telemetry (no network here);
* Dagster's SQLite storage with parley's event log, which keeps its connections open (instance_storage.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

HEADER = "# Written by dagster_project/instance_config.py (make): edits here are overwritten.\n"


def instance_config(dagster_home: Path) -> dict:
    return {
        "concurrency": {"runs": {"max_concurrent_runs": 1}},
        "telemetry": {"enabled": False},
        "storage": {"custom": {
            "module": "dagster_project.instance_storage",
            "class": "ParleySqliteStorage",
            "config": {"base_dir": str(Path(dagster_home).resolve())},
        }},
    }


def write(dagster_home: Path) -> Path:
    home = Path(dagster_home)
    home.mkdir(parents=True, exist_ok=True)
    path = home / "dagster.yaml"
    path.write_text(HEADER + yaml.safe_dump(instance_config(home), sort_keys=False))
    return path


if __name__ == "__main__":
    print(write(Path(sys.argv[1])))
