"""The dbt command line parley runs, built by small pure functions (tested in tests/test_dbt_command.py)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path


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
