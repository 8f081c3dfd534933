"""The DuckDB warehouse, as the Python steps use it: short connections, one lock, one transaction, Arrow in.

DuckDB lets one process write a database file at a time, and the dbt subprocess is such a process too. So:

* every writing step holds an exclusive lock on ``<warehouse>.lock`` (``writing()``); a second run waits
  for it (up to ``PARLEY_LOCK_TIMEOUT`` seconds, default 600) and then fails with a message that says why;
* a connection is opened late and closed early (``connect()``), so nothing holds the file between steps;
* DuckDB itself refuses a writer while any other process has the file open, even read-only (an analyst's
  session): ``connect()`` then waits for it, up to the same timeout, and fails with a message naming the
  process that holds the file;
* everything a step writes happens in one transaction: a run killed half-way leaves the previous state;
* rows go in as whole Arrow tables (``insert_arrow``), never one INSERT per row.

No Dagster here: the assets call these helpers, and the tests call them directly.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

DEFAULT_LOCK_TIMEOUT = 600.0


class WarehouseLocked(RuntimeError):
    """Another process holds the warehouse's write lock for longer than we were willing to wait."""


def lock_path(warehouse: str | os.PathLike) -> Path:
    path = Path(warehouse)
    return path.with_name(path.name + ".lock")


def _lock_timeout() -> float:
    try:
        return float(os.environ.get("PARLEY_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


@contextmanager
def write_lock(
    warehouse: str | os.PathLike, timeout: float | None = None, poll: float = 0.2
) -> Iterator[None]:
    """Hold the exclusive write lock of the warehouse (fcntl.flock on ``<warehouse>.lock``).

    Waits up to ``timeout`` seconds for a holder to finish, then raises ``WarehouseLocked``. The lock goes
    with the process: a killed run never leaves it behind.
    """
    timeout = _lock_timeout() if timeout is None else timeout
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise WarehouseLocked(
                        f"the warehouse {warehouse} is being written by another parley run "
                        f"(lock file {path}); waited {timeout:.0f} s. Let that run finish, or raise "
                        f"PARLEY_LOCK_TIMEOUT."
                    ) from None
                time.sleep(poll)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _file_lock_conflict(exc: Exception) -> bool:
    return isinstance(exc, duckdb.IOException) and "Could not set lock on file" in str(exc)


def _holder(exc: Exception) -> str:
    match = re.search(r"Conflicting lock is held in (.*?) \(PID (\d+)\)", str(exc))
    return f"{match.group(1)} (PID {match.group(2)})" if match else "another process"


def open_duckdb(
    warehouse: str | os.PathLike, read_only: bool = False, timeout: float | None = None, poll: float = 0.25
) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect``, waiting while another process has the file open (DuckDB's own file lock).

    DuckDB lets no process write a file that another process has open, even read-only: an analyst's open
    session blocks the run. The writer waits up to ``timeout`` (``PARLEY_LOCK_TIMEOUT``) and then raises
    ``WarehouseLocked`` with the process that holds the file.
    """
    timeout = _lock_timeout() if timeout is None else timeout
    deadline = time.monotonic() + timeout
    told = False
    while True:
        try:
            return duckdb.connect(str(warehouse), read_only=read_only)
        except duckdb.IOException as exc:
            if not _file_lock_conflict(exc):
                raise
            holder = _holder(exc)
            if time.monotonic() >= deadline:
                raise WarehouseLocked(
                    f"the warehouse {warehouse} is open in another process, {holder}, and DuckDB lets no "
                    f"process write a file that another one has open (even read-only); waited "
                    f"{timeout:.0f} s. Close that connection (an analyst's session?) and run again, or "
                    f"raise PARLEY_LOCK_TIMEOUT."
                ) from None
            if not told:
                print(
                    f"parley: waiting up to {timeout:.0f} s for {holder} to close {warehouse} "
                    f"(DuckDB allows no writer while another process has the file open)",
                    file=sys.stderr,
                    flush=True,
                )
                told = True
            time.sleep(poll)


@contextmanager
def connect(
    warehouse: str | os.PathLike, read_only: bool = False, timeout: float | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection that lives only as long as the ``with`` block (waits for other processes' connections)."""
    path = Path(warehouse)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `make run` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    con = open_duckdb(path, read_only=read_only, timeout=timeout)
    try:
        yield con
    finally:
        con.close()


def wait_until_writable(warehouse: str | os.PathLike, timeout: float | None = None) -> None:
    """Return once this process could open the file for writing (for a subprocess about to open it: dbt)."""
    open_duckdb(warehouse, timeout=timeout).close()


def pause_point(name: str) -> None:
    """Test hook, inert unless ``PARLEY_TEST_PAUSE`` equals ``name``: then the process writes its pid to
    ``PARLEY_TEST_PAUSE_FILE`` and sleeps, so that a test can SIGKILL it at exactly this point (inside an
    open transaction). Points: ``extract-before-commit``, ``marts-before-commit``."""
    if os.environ.get("PARLEY_TEST_PAUSE") != name:
        return
    marker = os.environ.get("PARLEY_TEST_PAUSE_FILE")
    if marker:
        Path(marker).write_text(str(os.getpid()))
    time.sleep(3600)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """Commit when the block ends normally, roll back when it raises."""
    con.begin()
    try:
        yield con
    except BaseException:
        con.rollback()
        raise
    else:
        con.commit()


@contextmanager
def writing(
    warehouse: str | os.PathLike, timeout: float | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Lock, connect, and run the block as one transaction: the shape of every writing step."""
    with write_lock(warehouse, timeout), connect(warehouse) as con, transaction(con):
        yield con


# ------------------------------------------------------------------------------------------ tables


def duckdb_type(arrow_type: pa.DataType) -> str:
    """The DuckDB column type for an Arrow type (the subset parley's tables use)."""
    if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type):
        return "VARCHAR"
    if pa.types.is_int8(arrow_type) or pa.types.is_int16(arrow_type):
        return "SMALLINT"
    if pa.types.is_int32(arrow_type):
        return "INTEGER"
    if pa.types.is_int64(arrow_type):
        return "BIGINT"
    if pa.types.is_float32(arrow_type):
        return "FLOAT"
    if pa.types.is_float64(arrow_type):
        return "DOUBLE"
    if pa.types.is_boolean(arrow_type):
        return "BOOLEAN"
    if pa.types.is_date32(arrow_type) or pa.types.is_date64(arrow_type):
        return "DATE"
    if pa.types.is_timestamp(arrow_type):
        return "TIMESTAMP WITH TIME ZONE" if arrow_type.tz else "TIMESTAMP"
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return duckdb_type(arrow_type.value_type) + "[]"
    raise TypeError(f"no DuckDB type for Arrow type {arrow_type}")


def create_table_sql(qualified_name: str, schema: pa.Schema) -> str:
    columns = ",\n    ".join(f'"{f.name}" {duckdb_type(f.type)}' for f in schema)
    return f"CREATE TABLE IF NOT EXISTS {qualified_name} (\n    {columns}\n)"


def ensure_table(con: duckdb.DuckDBPyConnection, qualified_name: str, schema: pa.Schema) -> None:
    """Create the schema and the table if they are missing; leave an existing table as it is."""
    if "." in qualified_name:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {qualified_name.split('.', 1)[0]}")
    con.execute(create_table_sql(qualified_name, schema))


def ensure_tables(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Schema]) -> None:
    for name, schema in tables.items():
        ensure_table(con, name, schema)


def insert_arrow(con: duckdb.DuckDBPyConnection, qualified_name: str, table: pa.Table) -> int:
    """Append an Arrow table in one statement, matching columns by name. Returns the number of rows."""
    if table.num_rows == 0:
        return 0
    view = f"_parley_arrow_{os.getpid()}_{id(table)}"
    con.register(view, table)
    try:
        con.execute(f"INSERT INTO {qualified_name} BY NAME SELECT * FROM {view}")
    finally:
        con.unregister(view)
    return table.num_rows


def empty_table(schema: pa.Schema) -> pa.Table:
    return schema.empty_table()


def rows_to_arrow(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Rows as dicts to an Arrow table of exactly ``schema`` (keys outside it are an error)."""
    names = set(schema.names)
    for row in rows:
        extra = set(row) - names
        if extra:
            raise ValueError(f"columns not in the schema: {sorted(extra)}")
    return pa.Table.from_pylist(rows, schema=schema)


def query_arrow(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pa.Table:
    return con.sql(sql, params=params or None).to_arrow_table()


def table_exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
        [schema, table],
    ).fetchone()
    return bool(row and row[0])
