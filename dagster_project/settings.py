"""Where parley reads and writes, resolved once, as absolute paths.

``PARLEY_RAW_DIR`` (default ``seeds``) and ``PARLEY_WAREHOUSE`` (default ``warehouse/parley.duckdb``) are
read from the environment; a relative path is taken from the repository root. The resolved warehouse path is
written back to the environment, so the dbt subprocess (which runs from ``dbt/`` and reads
``env_var('PARLEY_WAREHOUSE')`` in its profile) opens the very same file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = REPO_ROOT / "dbt"
DEFAULT_RAW_DIR = "seeds"
DEFAULT_WAREHOUSE = "warehouse/parley.duckdb"


def _absolute(value: str, root: Path) -> Path:
    path = Path(os.path.expanduser(value))
    return (path if path.is_absolute() else root / path).resolve()


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    warehouse: Path

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, root: Path = REPO_ROOT) -> Settings:
        env = os.environ if environ is None else environ
        return cls(
            raw_dir=_absolute(env.get("PARLEY_RAW_DIR") or DEFAULT_RAW_DIR, root),
            warehouse=_absolute(env.get("PARLEY_WAREHOUSE") or DEFAULT_WAREHOUSE, root),
        )

    def export(self) -> None:
        """Put the absolute paths back in the environment, for subprocesses (dbt)."""
        os.environ["PARLEY_RAW_DIR"] = str(self.raw_dir)
        os.environ["PARLEY_WAREHOUSE"] = str(self.warehouse)


def current() -> Settings:
    """The settings of this process: read from the environment and exported back, absolute."""
    settings = Settings.from_env()
    settings.export()
    return settings
