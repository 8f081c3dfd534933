"""The raw step on a real DuckDB file: what is new, what is rejected, what a content change does."""

import os
import shutil
from pathlib import Path

import duckdb

from dagster_project.assets.clean import clean_new
from dagster_project.assets.raw import load_raw
from pipelines import ingest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

ARTICLE = " date 2026-02-10\nNegotiators from Ukraine and the United States met in Geneva on Monday.\n"


def _rows(warehouse, sql):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_new_duplicate_rejected_and_skipped(tmp_path, warehouse):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    # the same article under another name, with CRLF and trailing blanks: one article
    (folder / "b.txt").write_bytes(ARTICLE.replace("\n", "  \r\n").encode())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="cp1250")

    first = load_raw(folder, warehouse)
    assert (first.files_seen, first.loaded, first.duplicates, first.rejected, first.skipped) == (
        5,
        2,
        1,
        2,
        0,
    )
    assert _rows(warehouse, "SELECT count(*) FROM raw.articles")[0][0] == 2
    reasons = dict(_rows(warehouse, "SELECT path, reason FROM raw.rejected_files"))
    assert reasons["empty.txt"] == "empty file"
    assert "PNG" in reasons["pic.png"]
    assert _rows(warehouse, "SELECT source_path FROM raw.articles ORDER BY source_path") == [
        ("a.txt",),
        ("sub/c.txt",),
    ]

    # nothing changed: every file is skipped, and no table gains a row
    before = _rows(
        warehouse, "SELECT (SELECT count(*) FROM raw.files), (SELECT count(*) FROM raw.rejected_files)"
    )
    second = load_raw(folder, warehouse)
    assert (second.loaded, second.rejected, second.skipped) == (0, 0, 5)
    assert (
        _rows(warehouse, "SELECT (SELECT count(*) FROM raw.files), (SELECT count(*) FROM raw.rejected_files)")
        == before
    )


def test_changed_content_supersedes_the_old_article(tmp_path, warehouse):
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    load_raw(folder, warehouse)
    old_id = ingest.article_id(ARTICLE)

    changed = ARTICLE + "They agreed to meet again.\n"
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    summary = load_raw(folder, warehouse)
    assert (summary.loaded, summary.superseded) == (1, 1)
    states = dict(_rows(warehouse, "SELECT article_id, superseded_at IS NOT NULL FROM raw.articles"))
    assert states == {old_id: True, ingest.article_id(changed): False}

    # the clean step leaves superseded articles out
    clean_new(warehouse)
    assert _rows(warehouse, "SELECT article_id FROM clean.articles") == [(ingest.article_id(changed),)]

    # the old content comes back: the old article is live again, the interim one superseded
    path.write_text(ARTICLE, encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 2 * 10**9))
    summary = load_raw(folder, warehouse)
    assert (summary.loaded, summary.restored, summary.superseded) == (0, 1, 1)
    states = dict(_rows(warehouse, "SELECT article_id, superseded_at IS NOT NULL FROM raw.articles"))
    assert states == {old_id: False, ingest.article_id(changed): True}


def test_article_kept_while_another_file_holds_it(tmp_path, warehouse):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "copy.txt").write_text(ARTICLE, encoding="utf-8")
    load_raw(folder, warehouse)
    (folder / "copy.txt").write_text(ARTICLE + "More.\n", encoding="utf-8")
    os.utime(folder / "copy.txt", ns=(0, (folder / "copy.txt").stat().st_mtime_ns + 10**9))
    summary = load_raw(folder, warehouse)
    assert summary.superseded == 0
    assert _rows(warehouse, "SELECT count(*) FROM raw.articles WHERE superseded_at IS NULL")[0][0] == 2


def test_seeds_load_and_clean(tmp_path, warehouse):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    summary = load_raw(folder, warehouse)
    assert summary.loaded == len(list(SEEDS.iterdir()))
    cleaned = clean_new(warehouse)
    assert cleaned.cleaned == summary.loaded and cleaned.sentences > 0
    assert clean_new(warehouse).cleaned == 0


def test_scan_order_and_hidden_entries(tmp_path):
    """The scan is the order in which duplicates are decided (the first file keeps the article): per folder
    its files by name, then its subfolders by name, depth first; hidden files and folders are left out."""
    root = tmp_path / "in"
    for rel in ["z.txt", "m.txt", "b/2.txt", "b/1.txt", "a/c/x.txt", "a/y.txt", ".hidden.txt", ".cache/k.txt",
                "a/.h/q.txt"]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rel, encoding="utf-8")
    facts = list(ingest.scan(root))
    assert [f.path for f in facts] == ["m.txt", "z.txt", "a/y.txt", "a/c/x.txt", "b/1.txt", "b/2.txt"]
    by_path = {f.path: f for f in facts}
    assert by_path["a/c/x.txt"].abs_path == str(root.resolve() / "a" / "c" / "x.txt")
    assert by_path["b/2.txt"].size == len("b/2.txt") and by_path["b/2.txt"].problem is None


def test_a_folder_larger_than_a_batch_loads_whole_in_one_transaction(tmp_path, warehouse, monkeypatch):
    """Rows go into the transaction a batch at a time (raw.LOAD_BATCH), files are read a chunk per task
    (raw.READ_CHUNK): every file is recorded once, a duplicate across two batches is still a duplicate, and a
    failure after the first batch leaves no row of the step behind."""
    from dagster_project.assets import raw

    monkeypatch.setattr(raw, "LOAD_BATCH", 3)
    monkeypatch.setattr(raw, "READ_CHUNK", 2)
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(8):
        (folder / f"a{k}.txt").write_text(ARTICLE.replace("Monday", f"day {k}"), encoding="utf-8")
    (folder / "a8.txt").write_text(ARTICLE.replace("Monday", "day 0"), encoding="utf-8")  # a0 again
    (folder / "a9.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)

    failing = tmp_path / "failing.duckdb"
    calls = {"n": 0}
    flush = raw._Batch.flush

    def flush_then_fail(self, con):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return flush(self, con)

    monkeypatch.setattr(raw._Batch, "flush", flush_then_fail)
    try:
        load_raw(folder, failing)
    except OSError:
        pass
    assert _rows(failing, "SELECT (SELECT count(*) FROM raw.files), (SELECT count(*) FROM raw.articles)") == [(0, 0)]
    monkeypatch.setattr(raw._Batch, "flush", flush)

    summary = load_raw(folder, warehouse)
    assert (summary.files_seen, summary.loaded, summary.duplicates, summary.rejected) == (10, 8, 1, 1)
    assert _rows(warehouse, "SELECT count(*), count(DISTINCT path) FROM raw.files") == [(10, 10)]
    assert _rows(warehouse, "SELECT count(*) FROM raw.articles") == [(8,)]
    assert _rows(warehouse, "SELECT path FROM raw.rejected_files") == [("a9.png",)]
