import datetime as dt
import threading
import time

import duckdb
import pyarrow as pa
import pytest

from pipelines import store

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("n", pa.int32()),
        ("big", pa.int64()),
        ("day", pa.date32()),
        ("tags", pa.list_(pa.string())),
        ("at", pa.timestamp("us")),
        ("ok", pa.bool_()),
    ]
)


def test_duckdb_types_for_arrow():
    assert [store.duckdb_type(f.type) for f in SCHEMA] == [
        "VARCHAR",
        "INTEGER",
        "BIGINT",
        "DATE",
        "VARCHAR[]",
        "TIMESTAMP",
        "BOOLEAN",
    ]
    with pytest.raises(TypeError):
        store.duckdb_type(pa.struct([("a", pa.int8())]))


def test_ensure_table_is_idempotent_and_keeps_rows(warehouse):
    with store.connect(warehouse) as con:
        store.ensure_table(con, "s.t", SCHEMA)
        con.execute("INSERT INTO s.t (id) VALUES ('x')")
        store.ensure_table(con, "s.t", SCHEMA)
        assert con.execute("SELECT count(*) FROM s.t").fetchone()[0] == 1
        assert store.table_exists(con, "s", "t")
        assert not store.table_exists(con, "s", "nope")


def test_insert_arrow_round_trips_types(warehouse):
    rows = [
        {
            "id": "a",
            "n": 1,
            "big": 2**40,
            "day": dt.date(2026, 1, 2),
            "tags": ["x", "y"],
            "at": dt.datetime(2026, 1, 2, 3, 4, 5),
            "ok": True,
        },
        {"id": "b", "n": None, "big": None, "day": None, "tags": None, "at": None, "ok": None},
    ]
    table = store.rows_to_arrow(rows, SCHEMA)
    with store.writing(warehouse) as con:
        store.ensure_table(con, "s.t", SCHEMA)
        assert store.insert_arrow(con, "s.t", table) == 2
        assert store.insert_arrow(con, "s.t", SCHEMA.empty_table()) == 0
    with store.connect(warehouse, read_only=True) as con:
        back = store.query_arrow(con, "SELECT * FROM s.t ORDER BY id")
    assert back.to_pylist() == rows


def test_rows_to_arrow_rejects_unknown_columns():
    with pytest.raises(ValueError, match="not in the schema"):
        store.rows_to_arrow([{"id": "a", "surprise": 1}], SCHEMA)


def test_transaction_rolls_back_on_error(warehouse):
    with store.writing(warehouse) as con:
        store.ensure_table(con, "s.t", SCHEMA)
        con.execute("INSERT INTO s.t (id) VALUES ('kept')")
    with pytest.raises(RuntimeError), store.writing(warehouse) as con:
        con.execute("DELETE FROM s.t")
        con.execute("INSERT INTO s.t (id) VALUES ('lost')")
        raise RuntimeError("killed half-way")
    with store.connect(warehouse, read_only=True) as con:
        assert con.execute("SELECT id FROM s.t").fetchall() == [("kept",)]


def test_connection_is_closed_after_the_block(warehouse):
    with store.connect(warehouse) as con:
        con.execute("SELECT 1")
    with pytest.raises(duckdb.ConnectionException):
        con.execute("SELECT 1")
    # closed: another connection (as the dbt subprocess would open) can write
    other = duckdb.connect(str(warehouse))
    other.execute("CREATE TABLE x AS SELECT 1 AS a")
    other.close()


def test_read_only_connection_needs_a_warehouse(tmp_path):
    with pytest.raises(FileNotFoundError, match="make run"):
        with store.connect(tmp_path / "missing.duckdb", read_only=True):
            pass


def test_second_writer_waits_then_fails_with_a_clear_message(warehouse):
    with store.write_lock(warehouse, timeout=1):
        started = time.monotonic()
        with pytest.raises(store.WarehouseLocked, match="another parley run"):
            with store.write_lock(warehouse, timeout=0.5, poll=0.05):
                pass
        assert time.monotonic() - started >= 0.5
    # released: the next writer gets it at once
    with store.write_lock(warehouse, timeout=0):
        pass


def test_second_writer_gets_the_lock_when_the_first_finishes(warehouse):
    order = []

    def first():
        with store.write_lock(warehouse, timeout=5):
            order.append("first in")
            time.sleep(0.4)
            order.append("first out")

    thread = threading.Thread(target=first)
    thread.start()
    time.sleep(0.1)
    with store.write_lock(warehouse, timeout=5, poll=0.05):
        order.append("second in")
    thread.join()
    assert order == ["first in", "first out", "second in"]
    assert store.lock_path(warehouse).name == "parley.duckdb.lock"
