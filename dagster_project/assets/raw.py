"""raw: read the input folder into raw.articles, raw.files and raw.rejected_files.

Only files not seen before, as (path, size, mtime_ns), are read. An article is its content
(``ingest.article_id``): the same text under two names, or with CRLF line ends, is one article. A file whose
content changed becomes a new article, and the article it held before is marked superseded (it leaves the
marts) unless another file still holds it.
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

import dagster as dg
import pyarrow as pa
from dagster import AssetExecutionContext

from dagster_project.processing import utcnow
from dagster_project.resources import RawFolderResource, WarehouseResource
from pipelines import ingest, store

READ_THREADS = 8
READ_WINDOW = 1024  # files read ahead at most
READ_CHUNK = 32  # files per reading task
LOAD_BATCH = 5000  # files whose rows go into the transaction at once
_TS = pa.timestamp("us")
RAW_FILES = pa.schema(
    [
        ("path", pa.string()),
        ("size", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("file_hash", pa.string()),
        ("article_id", pa.string()),
        ("reason", pa.string()),
        ("seen_at", _TS),
    ]
)
RAW_ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),
        ("source_path", pa.string()),
        ("kind", pa.string()),
        ("encoding", pa.string()),
        ("text", pa.string()),
        ("n_bytes", pa.int64()),
        ("file_hash", pa.string()),
        ("first_seen_at", _TS),
        ("superseded_at", _TS),
    ]
)
RAW_REJECTED_FILES = pa.schema([("path", pa.string()), ("reason", pa.string()), ("seen_at", _TS)])
TABLES = {"raw.files": RAW_FILES, "raw.articles": RAW_ARTICLES, "raw.rejected_files": RAW_REJECTED_FILES}

UNREADABLE = "not readable: a broken link, a link out of the input folder, or no permission"


@dataclass
class RawSummary:
    files_seen: int = 0
    loaded: int = 0  # new articles
    duplicates: int = 0  # new or changed files whose article was already loaded
    skipped: int = 0  # files unchanged since they were recorded
    rejected: int = 0  # new rejections
    superseded: int = 0  # articles whose file now holds other content
    restored: int = 0  # superseded articles that a file holds again

    def line(self) -> str:
        return (
            f"raw: {self.files_seen} files seen; loaded {self.loaded} new articles, "
            f"skipped {self.skipped} already loaded, rejected {self.rejected}, "
            f"{self.duplicates} duplicates of known articles, {self.superseded} superseded"
        )


def load_raw(raw_dir: str | Path, warehouse: str | Path) -> RawSummary:
    """Load what is new under ``raw_dir`` into the warehouse, in one transaction.

    Rows go in LOAD_BATCH files at a time inside that transaction, so the step holds one batch of texts in
    memory, not the whole folder's (100,000 articles held at once were most of a full run's peak memory)."""
    summary = RawSummary()
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"the input folder {raw_dir} does not exist (PARLEY_RAW_DIR)")
    max_bytes = ingest.max_file_bytes()
    now = utcnow()
    with store.write_lock(warehouse), store.connect(warehouse) as con:
        with store.transaction(con):
            store.ensure_tables(con, TABLES)
        known_files = set(con.execute("SELECT path, size, mtime_ns FROM raw.files").fetchall())
        known_articles = {r[0] for r in con.execute("SELECT article_id FROM raw.articles").fetchall()}
        with store.transaction(con):
            batch, written = _Batch(), 0
            for facts, (reason, decoded, data) in _read_new(raw_dir, known_files, max_bytes, summary):
                batch.add(facts, reason, decoded, data, now, known_articles, summary)
                if len(batch.files) >= LOAD_BATCH:
                    written += batch.flush(con)
            written += batch.flush(con)
            if written:
                summary.superseded, summary.restored = _mark_superseded(con, now)
    return summary


@dataclass
class _Batch:
    """The rows of the files read since the last flush."""

    files: list = field(default_factory=list)
    articles: list = field(default_factory=list)
    rejected: list = field(default_factory=list)

    def add(self, facts: ingest.FileFacts, reason: str | None, decoded: ingest.Decoded | None, data: bytes, now,
            known_articles: set, summary: RawSummary) -> None:
        row = {"path": facts.path, "size": facts.size, "mtime_ns": facts.mtime_ns, "file_hash": None,
               "article_id": None, "reason": reason, "seen_at": now}
        self.files.append(row)
        if reason is not None:
            summary.rejected += 1
            self.rejected.append({"path": facts.path, "reason": reason, "seen_at": now})
            return
        row["file_hash"] = ingest.file_hash(data)
        row["article_id"] = article_id = ingest.article_id(decoded.text)
        if article_id in known_articles:
            summary.duplicates += 1
            return
        known_articles.add(article_id)
        summary.loaded += 1
        self.articles.append({"article_id": article_id, "source_path": facts.path, "kind": decoded.kind,
                              "encoding": decoded.encoding, "text": decoded.text, "n_bytes": len(data),
                              "file_hash": row["file_hash"], "first_seen_at": now, "superseded_at": None})

    def flush(self, con) -> int:
        n = len(self.files)
        store.insert_arrow(con, "raw.files", store.rows_to_arrow(self.files, RAW_FILES))
        store.insert_arrow(con, "raw.articles", store.rows_to_arrow(self.articles, RAW_ARTICLES))
        store.insert_arrow(con, "raw.rejected_files", store.rows_to_arrow(self.rejected, RAW_REJECTED_FILES))
        self.files, self.articles, self.rejected = [], [], []
        return n


def _read_new(raw_dir: Path, known_files: set, max_bytes: int, summary: RawSummary):
    """(facts, (reason, decoded, bytes)) of every file not seen before, in scan order. The bytes are read ahead by
    READ_THREADS threads, READ_CHUNK files per task, a window at a time, so that waiting for the disk overlaps
    (the GIL is released while a file is read) without a future per file; decoding stays in this thread, where
    threads would only contend for the GIL."""
    window: list[ingest.FileFacts] = []
    with ThreadPoolExecutor(READ_THREADS) as pool:
        def flush():
            tasks = [window[k:k + READ_CHUNK] for k in range(0, len(window), READ_CHUNK)]
            fetched = (f for chunk in pool.map(partial(_fetch_all, max_bytes=max_bytes), tasks) for f in chunk)
            for facts, got in zip(window, fetched, strict=True):
                yield facts, _decode(facts, got, max_bytes)

        for facts in ingest.scan(raw_dir):
            summary.files_seen += 1
            if (facts.path, facts.size, facts.mtime_ns) in known_files:
                summary.skipped += 1
                continue
            window.append(facts)
            if len(window) == READ_WINDOW:
                yield from flush()
                window = []
        yield from flush()


def _fetch_all(chunk: list[ingest.FileFacts], max_bytes: int) -> list[tuple[str | None, bytes]]:
    return [_fetch(facts, max_bytes) for facts in chunk]


def _fetch(facts: ingest.FileFacts, max_bytes: int) -> tuple[str | None, bytes]:
    """The file's bytes, or why it cannot be read (without opening it when the scan already knows)."""
    if facts.problem is not None:
        return facts.problem, b""
    if facts.size < 0:
        return UNREADABLE, b""
    if facts.size > max_bytes:
        return ingest.too_large(facts.size, max_bytes), b""
    try:
        # never more than the limit (and one byte to tell), even if the file grew since the scan
        with open(facts.abs_path, "rb") as handle:
            return None, handle.read(max_bytes + 1)
    except OSError as exc:
        return f"not readable: {exc.strerror or exc}", b""


def _decode(facts: ingest.FileFacts, fetched: tuple[str | None, bytes],
            max_bytes: int) -> tuple[str | None, ingest.Decoded | None, bytes]:
    reason, data = fetched
    if reason is not None:
        return reason, None, data
    try:
        decoded = ingest.decode(data, facts.path, max_bytes)
    except Exception as exc:  # noqa: BLE001 - a file that breaks the decoder is rejected, not fatal
        return f"not decodable: {type(exc).__name__}: {exc}", None, data
    if decoded.reason is not None or decoded.text is None:
        return decoded.reason or "no text", None, data
    return None, decoded, data


_LIVE = """
    SELECT DISTINCT article_id FROM (
        SELECT path, article_id,
               row_number() OVER (PARTITION BY path ORDER BY seen_at DESC, mtime_ns DESC) AS recency
        FROM raw.files
    ) WHERE recency = 1 AND article_id IS NOT NULL
"""


def _mark_superseded(con, now) -> tuple[int, int]:
    """An article is live while the latest version of at least one file holds it; otherwise superseded."""
    superseded = con.execute(
        f"UPDATE raw.articles SET superseded_at = ? "
        f"WHERE superseded_at IS NULL AND article_id NOT IN ({_LIVE})",
        [now],
    ).fetchone()[0]
    restored = con.execute(
        f"UPDATE raw.articles SET superseded_at = NULL "
        f"WHERE superseded_at IS NOT NULL AND article_id IN ({_LIVE})"
    ).fetchone()[0]
    return int(superseded), int(restored)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["raw", "articles"],
            description="One row per distinct article (by content), with its "
            "decoded text; superseded_at is set when its file now holds other content.",
            kinds={"python", "duckdb"},
        ),
        dg.AssetSpec(
            ["raw", "files"],
            description="Every file version seen (path, size, mtime) and the "
            "article it holds, or why it was rejected.",
            kinds={"python", "duckdb"},
        ),
        dg.AssetSpec(
            ["raw", "rejected_files"],
            description="Files that could not be loaded, with the reason.",
            kinds={"python", "duckdb"},
        ),
    ],
    group_name="raw",
    can_subset=False,
)
def raw_files(context: AssetExecutionContext, raw_folder: RawFolderResource, warehouse: WarehouseResource):
    """Scan PARLEY_RAW_DIR and load new files."""
    summary = load_raw(raw_folder.folder, warehouse.file)
    context.log.info(summary.line())
    meta = {k: dg.MetadataValue.int(v) for k, v in asdict(summary).items()}
    meta["input_folder"] = dg.MetadataValue.path(str(raw_folder.folder))
    yield dg.MaterializeResult(asset_key=["raw", "articles"], metadata=meta)
    yield dg.MaterializeResult(asset_key=["raw", "files"], metadata={"files_seen": summary.files_seen})
    yield dg.MaterializeResult(
        asset_key=["raw", "rejected_files"], metadata={"new_rejections": summary.rejected}
    )
