"""Dagster's SQLite storage with an event log that keeps its connections open.

The stock SQLite event log opens an engine and a connection for every event and closes them after one
commit. Closing the last connection to a database in WAL mode checkpoints it and syncs it to disk: about
5 ms per event here, and a parley run stores some 380 events (a materialization and an output per dbt model,
one evaluation per dbt test), which was 12 s of a 30 s daily run. This event log keeps a few engines open
(one per database file it used last: the run's own and the cross-run index) and commits with
synchronous=NORMAL, which in WAL mode survives a killed process (only an operating-system crash can lose the
last commits of the run history; the warehouse is DuckDB and not affected).

The files and their layout are Dagster's own (history/runs/<run_id>.db, history/runs/index.db), so the
webserver, the daemon and stock Dagster read the same history. Selected in $DAGSTER_HOME/dagster.yaml:

    storage:
      custom:
        module: dagster_project.instance_storage
        class: ParleySqliteStorage
        config:
          base_dir: <DAGSTER_HOME>
"""
from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

import yaml
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.runs.sqlite.sqlite_run_storage import SqliteRunStorage
from dagster._core.storage.schedules.sqlite.sqlite_schedule_storage import SqliteScheduleStorage
from dagster._core.storage.sql import create_engine
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage
from dagster._serdes import ConfigurableClassData
from sqlalchemy import event

OPEN_ENGINES = 4  # database files kept open at once; a webserver reading many runs closes the oldest


def _sync_normal(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")


class ParleyEventLogStorage(SqliteEventLogStorage):
    """SqliteEventLogStorage whose connections stay open between events (see the module's docstring)."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        self._engines: OrderedDict = OrderedDict()
        super().__init__(base_dir, inst_data=inst_data)

    @classmethod
    def from_config_value(cls, inst_data, config_value) -> ParleyEventLogStorage:
        return cls(inst_data=inst_data, **config_value)

    @contextmanager
    def _connect(self, shard: str) -> Iterator:
        with self._db_lock:  # the stock lock: one connection in use at a time, never nested
            engine = self._engines.pop(shard, None)
            if engine is None:
                engine = create_engine(self.conn_string_for_shard(shard),
                                       connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS})
                event.listen(engine, "connect", _sync_normal)
                if shard not in self._initialized_dbs:
                    self._initdb(engine)
                    self._initialized_dbs.add(shard)
            self._engines[shard] = engine
            while len(self._engines) > OPEN_ENGINES:
                self._engines.popitem(last=False)[1].dispose()
            with engine.connect() as conn:
                with conn.begin():
                    yield conn

    def wipe(self) -> None:
        self._close_engines()
        super().wipe()

    def dispose(self) -> None:
        self._close_engines()
        super().dispose()

    def _close_engines(self) -> None:
        with self._db_lock:
            while self._engines:
                self._engines.popitem()[1].dispose()


class ParleySqliteStorage(DagsterSqliteStorage):
    """Dagster's SQLite storage (runs, event log, schedules under base_dir) with ParleyEventLogStorage."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        self.base_dir = base_dir
        self._run_storage = SqliteRunStorage.from_local(os.path.join(base_dir, "history", ""))
        self._event_log_storage = ParleyEventLogStorage(os.path.join(base_dir, "history", "runs", ""))
        self._schedule_storage = SqliteScheduleStorage.from_local(os.path.join(base_dir, "schedules"))
        self._inst_data = inst_data
        super(DagsterSqliteStorage, self).__init__()

    @classmethod
    def from_config_value(cls, inst_data, config_value) -> ParleySqliteStorage:
        os.makedirs(config_value["base_dir"], exist_ok=True)
        return cls(inst_data=inst_data, **config_value)

    @property
    def event_storage_data(self) -> ConfigurableClassData | None:
        return ConfigurableClassData(
            __name__, ParleyEventLogStorage.__name__,
            yaml.dump({"base_dir": os.path.join(self.base_dir, "history", "runs", "")}, default_flow_style=False),
        )
