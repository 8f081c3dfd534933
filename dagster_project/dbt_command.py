"""The dbt command line parley runs, built by small pure functions (tested in tests/test_dbt_command.py)."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

# dbt builds the marts into MARTS_BUILD_SCHEMA; the asset publishes them to MARTS_SCHEMA in one transaction.
MARTS_SCHEMA = "marts"
MARTS_BUILD_SCHEMA = "marts_next"


def dbt_executable() -> str:
    """The dbt of this interpreter's environment (the venv), else the first one on PATH."""
    beside = Path(sys.executable).with_name("dbt")
    if beside.exists():
        return str(beside)
    return shutil.which("dbt") or "dbt"


def build_dbt_args(
    command: str = "build", *, vars: Mapping[str, object] | None = None, extra: Sequence[str] = ()
) -> list[str]:
    """``dbt <command> [--vars '<json>'] [extra...]``; vars are serialised deterministically."""
    if not command or command.startswith("-"):
        raise ValueError(f"not a dbt command: {command!r}")
    args = [command]
    if vars:
        args += ["--vars", json.dumps(dict(vars), sort_keys=True, default=str)]
    args += list(extra)
    return args


def dbt_env(warehouse: str | Path) -> dict[str, str]:
    """The environment the dbt subprocess needs: one absolute warehouse path (dbt runs from dbt/)."""
    path = Path(warehouse)
    if not path.is_absolute():
        raise ValueError(f"the warehouse path given to dbt must be absolute, got {warehouse}")
    return {"PARLEY_WAREHOUSE": str(path)}
