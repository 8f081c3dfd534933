"""The per-article work of the clean and extract steps, and the code versions that decide what to redo.

Plain Python (no Dagster) so that worker processes import little, and the tests call it directly. Batches go
to a process pool only when there are many articles; below that the start-up cost of the pool is not worth it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import multiprocessing
import os
import tempfile
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from dagster_project import sidecar
from pipelines import store

PIPELINES_DIR = Path(__file__).resolve().parents[1] / "pipelines"
POOL_THRESHOLD = 200
# Every core; PARLEY_PROCESSES overrides.
PROCESSES = max(1, int(os.environ.get("PARLEY_PROCESSES") or os.cpu_count() or 2))
# Articles per unit of pool work: small enough to bound a worker's memory, big enough to amortise a chunk.
CHUNK_ARTICLES = 1000

# ------------------------------------------------------------------------------------ code versions


def code_version(paths: Iterable[Path], root: Path = PIPELINES_DIR) -> str:
    """A short hash of the named files (directories: every file below them, bytecode caches aside)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                p
                for p in path.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")
            )
        elif path.is_file():
            files.append(path)
    digest = hashlib.sha256()
    for file in sorted(set(files)):
        rel = file.relative_to(root).as_posix() if file.is_relative_to(root) else file.name
        digest.update(rel.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def clean_version(root: Path = PIPELINES_DIR) -> str:
    """Changes when the cleaning code or the data it uses changes: then articles are cleaned again."""
    return code_version([root / "clean.py", root / "web_page.py", root / "language.py", root / "lexicon"], root)


def extractor_version(root: Path = PIPELINES_DIR) -> str:
    """Changes when anything the extraction depends on changes: then every article is extracted again."""
    files = [root / "extract", root / "lexicon", root / "clean.py", root / "web_page.py", root / "language.py"]
    return code_version(files, root)


# ------------------------------------------------------------------------------------------ schemas

CLEAN_ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),
        ("source_path", pa.string()),
        ("kind", pa.string()),
        ("title", pa.string()),
        ("published_date", pa.date32()),
        ("language", pa.string()),
        ("text", pa.string()),
        ("n_chars", pa.int32()),
        ("n_sentences", pa.int32()),
        ("clean_version", pa.string()),
    ]
)
CLEAN_SENTENCES = pa.schema(
    [
        ("article_id", pa.string()),
        ("sentence_idx", pa.int32()),
        ("paragraph", pa.int32()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("text", pa.string()),
    ]
)
CLEAN_FAILURES = pa.schema(
    [
        ("article_id", pa.string()),
        ("clean_version", pa.string()),
        ("error", pa.string()),
    ]
)
EXTRACT_PROCESSED = pa.schema(
    [
        ("article_id", pa.string()),
        ("extractor_version", pa.string()),
        ("status", pa.string()),
        ("n_rows", pa.int32()),
    ]
)
EXTRACT_FAILURES = pa.schema(
    [
        ("article_id", pa.string()),
        ("extractor_version", pa.string()),
        ("error", pa.string()),
    ]
)


# ---------------------------------------------------------------------------------------- the work


def clean_batch(items: Sequence[tuple[str, str, str, str]], version: str) -> dict[str, pa.Table]:
    """Clean (article_id, source_path, kind, raw_text) items; one bad article never stops the batch.

    An article whose cleaning raises is kept with its text normalised and no sentences (so it is not lost),
    and the error goes to ``clean.failures``.
    """
    from pipelines import clean as cleaning  # noqa: PLC0415 - heavy imports stay in the worker

    articles, sentences, failures = [], [], []
    for article_id, source_path, kind, text in items:
        try:
            doc = cleaning.clean(text, kind)
        except Exception as exc:  # noqa: BLE001 - recorded, the run goes on
            failures.append({"article_id": article_id, "clean_version": version, "error": _describe(exc)})
            doc = cleaning.CleanArticle(
                text=cleaning.normalise(text), title=None, published_date=None, language="und", sentences=[]
            )
        articles.append(
            {
                "article_id": article_id,
                "source_path": source_path,
                "kind": kind,
                "title": doc.title,
                "published_date": doc.published_date,
                "language": doc.language,
                "text": doc.text,
                "n_chars": len(doc.text),
                "n_sentences": len(doc.sentences),
                "clean_version": version,
            }
        )
        sentences.extend(
            {
                "article_id": article_id,
                "sentence_idx": s.idx,
                "paragraph": s.paragraph,
                "char_start": s.start,
                "char_end": s.end,
                "text": s.text,
            }
            for s in doc.sentences
        )
    return {
        "articles": store.rows_to_arrow(articles, CLEAN_ARTICLES),
        "sentences": store.rows_to_arrow(sentences, CLEAN_SENTENCES),
        "failures": store.rows_to_arrow(failures, CLEAN_FAILURES),
    }


def extract_batch(items: Sequence[tuple[str, Any]], version: str) -> dict[str, pa.Table]:
    """Extract (article_id, CleanArticle) items into Arrow tables of exactly ``schema.TABLES``.

    An article whose extraction raises, or returns rows that do not fit the schemas, yields no rows: its error
    goes to ``failures`` and the batch goes on. The rows of the whole batch become one Arrow table per table
    (one conversion, not one per article); only when that fails are the articles converted one by one, to
    find the ones at fault.
    """
    from pipelines.extract import extract_article  # noqa: PLC0415
    from pipelines.extract.schema import TABLES  # noqa: PLC0415

    outcome: dict[str, tuple[str, Any]] = {}  # article_id -> ("ok", rows by table) | ("failed", error)
    order: list[str] = []
    for article_id, article in items:
        order.append(article_id)
        try:
            result = extract_article(article_id, article)
            unknown = set(result) - set(TABLES)
            if unknown:
                raise ValueError(f"extract_article returned unknown tables {sorted(unknown)}")
            outcome[article_id] = ("ok", {name: list(result.get(name) or []) for name in TABLES})
        except Exception as exc:  # noqa: BLE001 - recorded, the run goes on
            outcome[article_id] = ("failed", _describe(exc))
    ok = [aid for aid in order if outcome[aid][0] == "ok"]
    try:
        out = {
            name: store.rows_to_arrow([row for aid in ok for row in outcome[aid][1][name]], schema)
            for name, schema in TABLES.items()
        }
        n_rows = {aid: sum(len(rows) for rows in outcome[aid][1].values()) for aid in ok}
    except Exception:  # noqa: BLE001 - some article's rows do not fit: convert one by one
        parts: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
        n_rows = {}
        for aid in ok:
            try:
                tables = {
                    name: store.rows_to_arrow(outcome[aid][1][name], schema)
                    for name, schema in TABLES.items()
                }
            except Exception as exc:  # noqa: BLE001 - recorded, the run goes on
                outcome[aid] = ("failed", _describe(exc))
                continue
            for name, table in tables.items():
                if table.num_rows:
                    parts[name].append(table)
            n_rows[aid] = sum(t.num_rows for t in tables.values())
        out = {name: _concat(parts[name], TABLES[name]) for name in TABLES}
    processed, failures = [], []
    for aid in order:
        status, detail = outcome[aid]
        if status == "failed":
            failures.append({"article_id": aid, "extractor_version": version, "error": detail})
        processed.append(
            {"article_id": aid, "extractor_version": version, "status": status, "n_rows": n_rows.get(aid, 0)}
        )
    out["_processed"] = store.rows_to_arrow(processed, EXTRACT_PROCESSED)
    out["_failures"] = store.rows_to_arrow(failures, EXTRACT_FAILURES)
    return out


def _describe(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})" if tb else ""
    return f"{type(exc).__name__}: {exc}{where}"[:2000]


def _concat(tables: list[pa.Table], schema: pa.Schema) -> pa.Table:
    return pa.concat_tables(tables) if tables else schema.empty_table()


# ------------------------------------------------------------------------------------------ batching


def chunks(items: Sequence, n_chunks: int) -> list[Sequence]:
    if not items:
        return []
    size = math.ceil(len(items) / max(1, n_chunks))
    return [items[i : i + size] for i in range(0, len(items), size)]


def pool_context() -> multiprocessing.context.BaseContext:
    """forkserver, preloaded with the warm engine (``dagster_project.warm``): workers fork from a clean,
    single-threaded server that has already parsed the lexicon, so a pool starts in milliseconds. Not a plain
    fork: the parent (Dagster) runs threads, and a forked copy of a lock held by one of them would hang the
    child. spawn where forkserver does not exist."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["dagster_project.warm"])
        return ctx
    return multiprocessing.get_context("spawn")


def run_batches(
    fn: Callable[..., dict[str, pa.Table]],
    items: Sequence,
    version: str,
    threshold: int = POOL_THRESHOLD,
    processes: int = PROCESSES,
) -> dict[str, pa.Table]:
    """Apply ``fn`` to all items: serially for a few, in a process pool over chunks for many.

    Chunks come back in input order, so the result does not depend on the pool.
    """
    if not items:
        return fn([], version)
    if len(items) <= threshold or processes <= 1:
        return fn(items, version)
    with pool_context().Pool(processes) as pool:
        results = pool.starmap(fn, [(chunk, version) for chunk in chunks(items, processes * 4)])
    return {name: pa.concat_tables([r[name] for r in results]) for name in results[0]}


# ------------------------------------------------------------------- chunks read and written by workers
#
# At scale the parent holds only article ids. Each unit of work reads its chunk from the warehouse itself
# (read-only: the step holds the write lock and no process has the file open for writing meanwhile), runs the
# batch function, and writes the resulting tables as Parquet files. The parent then bulk-loads every file of a
# table with one INSERT ... SELECT FROM read_parquet([...]) in the step's transaction. Memory is bounded by
# the chunk size, not by the number of articles.


def read_raw_items(con, ids: Sequence[str]) -> list[tuple[str, str, str, str]]:
    return con.execute(
        """SELECT article_id, source_path, kind, text FROM raw.articles
           WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id""",
        [list(ids)],
    ).fetchall()


def read_clean_items(con, ids: Sequence[str]) -> list[tuple[str, Any]]:
    from pipelines.clean import CleanArticle, Sentence  # noqa: PLC0415

    rows = con.execute(
        """SELECT article_id, text, title, published_date, language FROM clean.articles
           WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id""",
        [list(ids)],
    ).fetchall()
    sentences: dict[str, list] = {}
    for article_id, idx, paragraph, start, end, text in con.execute(
        """SELECT article_id, sentence_idx, paragraph, char_start, char_end, text FROM clean.sentences
               WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, sentence_idx""",
        [list(ids)],
    ).fetchall():
        sentences.setdefault(article_id, []).append(Sentence(idx, paragraph, start, end, text))
    return [
        (
            aid,
            CleanArticle(
                text=text,
                title=title,
                published_date=published,
                language=lang,
                sentences=sentences.get(aid, []),
            ),
        )
        for aid, text, title, published, lang in rows
    ]


def _work_chunk(kind: str, warehouse: str, ids: Sequence[str], version: str, prefix: str) -> dict[str, int]:
    """One unit of pool work: read the chunk, process it, write one Parquet file per table."""
    import pyarrow.parquet as pq  # noqa: PLC0415

    with store.connect(warehouse, read_only=True) as con:
        if kind == "clean":
            items = read_raw_items(con, ids)
        else:
            items = read_clean_items(con, ids)
    out = (clean_batch if kind == "clean" else extract_batch)(items, version)
    counts = {}
    for name, table in out.items():
        counts[name] = table.num_rows
        if table.num_rows:
            pq.write_table(table, f"{prefix}.{name}.parquet", compression="none")
    return counts


def _work_chunk_star(args: tuple) -> dict[str, int]:
    return _work_chunk(*args)


def _in_sidecar_or_here(job: tuple) -> dict[str, int]:
    counts = sidecar.run(job)  # warm already when `make run` forked it (dagster_project.sidecar)
    return counts if counts is not None else _work_chunk(*job)


class ChunkOutput:
    """The Parquet files of a chunked run, by table; ``load`` bulk-inserts one table's files."""

    def __init__(self, folder: str, prefixes: list[str], counts: dict[str, int]) -> None:
        self.folder, self.prefixes, self.counts = folder, prefixes, counts

    def files(self, name: str) -> list[str]:
        return [f for f in (f"{p}.{name}.parquet" for p in self.prefixes) if os.path.exists(f)]

    def load(self, con, qualified_name: str, name: str) -> int:
        files = self.files(name)
        if not files:
            return 0
        con.execute(f"INSERT INTO {qualified_name} BY NAME SELECT * FROM read_parquet(?)", [files])
        return self.counts.get(name, 0)


def run_chunks(
    kind: str,
    warehouse: str | Path,
    ids: Sequence[str],
    version: str,
    folder: str,
    threshold: int = POOL_THRESHOLD,
    processes: int = PROCESSES,
    chunk_articles: int = CHUNK_ARTICLES,
) -> ChunkOutput:
    """Clean (``clean``) or extract (``extract``) the articles ``ids`` into Parquet files under ``folder``:
    in this process for a few, in a pool of ``processes`` workers for many. The caller must not hold a
    connection to the warehouse meanwhile."""
    n_chunks = max(processes, math.ceil(len(ids) / chunk_articles)) if len(ids) > threshold else 1
    parts = chunks(list(ids), n_chunks) if ids else []
    prefixes = [os.path.join(folder, f"part-{i:05d}") for i in range(len(parts))]
    jobs = [
        (kind, str(warehouse), part, version, prefix) for part, prefix in zip(parts, prefixes, strict=True)
    ]
    if len(ids) <= threshold or processes <= 1 or len(jobs) <= 1:
        results = [_in_sidecar_or_here(job) for job in jobs]
    else:
        sidecar.stop()  # the pool takes both cores
        with pool_context().Pool(processes) as pool:
            results = list(pool.imap_unordered(_work_chunk_star, jobs))
    counts: dict[str, int] = {}
    for r in results:
        for name, n in r.items():
            counts[name] = counts.get(name, 0) + n
    return ChunkOutput(folder, prefixes, counts)


def scratch_dir(warehouse: str | Path) -> tempfile.TemporaryDirectory:
    """A temporary folder beside the warehouse (same disk) for the Parquet files of a step."""
    parent = Path(warehouse).parent
    parent.mkdir(parents=True, exist_ok=True)
    return tempfile.TemporaryDirectory(prefix=".parley-work-", dir=parent)


def utcnow() -> dt.datetime:
    """Now, in UTC, without a zone and to the microsecond (DuckDB TIMESTAMP)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
