"""The per-article work of the clean and extract steps, and the code versions that decide what to redo.

Plain Python (no Dagster) so that worker processes import little, and the tests call it directly. Batches go
to a process pool only when there are many articles; below that the start-up cost of the pool is not worth it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import multiprocessing
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipelines import store

PIPELINES_DIR = Path(__file__).resolve().parents[1] / "pipelines"
POOL_THRESHOLD = 200
PROCESSES = 2

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
    return code_version([root / "clean.py", root / "language.py", root / "lexicon"], root)


def extractor_version(root: Path = PIPELINES_DIR) -> str:
    """Changes when anything the extraction depends on changes: then every article is extracted again."""
    return code_version([root / "extract", root / "lexicon", root / "clean.py", root / "language.py"], root)


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
    goes to ``failures`` and the batch goes on.
    """
    from pipelines.extract import extract_article  # noqa: PLC0415
    from pipelines.extract.schema import TABLES  # noqa: PLC0415

    parts: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
    processed, failures = [], []
    for article_id, article in items:
        try:
            result = extract_article(article_id, article)
            unknown = set(result) - set(TABLES)
            if unknown:
                raise ValueError(f"extract_article returned unknown tables {sorted(unknown)}")
            tables = {
                name: store.rows_to_arrow(list(result.get(name) or []), schema)
                for name, schema in TABLES.items()
            }
        except Exception as exc:  # noqa: BLE001 - recorded, the run goes on
            failures.append({"article_id": article_id, "extractor_version": version, "error": _describe(exc)})
            processed.append(
                {"article_id": article_id, "extractor_version": version, "status": "failed", "n_rows": 0}
            )
            continue
        for name, table in tables.items():
            if table.num_rows:
                parts[name].append(table)
        processed.append(
            {
                "article_id": article_id,
                "extractor_version": version,
                "status": "ok",
                "n_rows": sum(t.num_rows for t in tables.values()),
            }
        )
    out = {name: _concat(parts[name], TABLES[name]) for name in TABLES}
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
    # spawn, not fork: the parent (Dagster) runs threads, and a forked copy of a lock held by one of them
    # would hang the child.
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes) as pool:
        results = pool.starmap(fn, [(chunk, version) for chunk in chunks(items, processes * 4)])
    return {name: pa.concat_tables([r[name] for r in results]) for name in results[0]}


def utcnow() -> dt.datetime:
    """Now, in UTC, without a zone and to the microsecond (DuckDB TIMESTAMP)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
