import datetime as dt

import pyarrow as pa

from dagster_project import processing
from pipelines.clean import CleanArticle, Sentence
from pipelines.extract.schema import TABLES

TEXTS = [
    ("a1", "a.txt", "text", " date 2026-01-05\nThe envoys met in Geneva. They talked for hours.\n"),
    ("a2", "b.txt", "text", "Negotiators will meet in Abu Dhabi next week. Nothing is agreed.\n"),
    (
        "a3",
        "c.txt",
        "text",
        "Ukrajna és Oroszország tárgyalói Genfben találkoztak. A tárgyalás hosszú volt.\n",
    ),
]


def test_code_version_follows_the_files(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text("x = 1\n")
    (tmp_path / "pkg" / "__pycache__").mkdir()
    (tmp_path / "pkg" / "__pycache__" / "a.pyc").write_bytes(b"junk")
    v1 = processing.code_version([tmp_path / "pkg"], tmp_path)
    (tmp_path / "pkg" / "__pycache__" / "a.pyc").write_bytes(b"other junk")
    assert processing.code_version([tmp_path / "pkg"], tmp_path) == v1
    (tmp_path / "pkg" / "a.py").write_text("x = 2\n")
    assert processing.code_version([tmp_path / "pkg"], tmp_path) != v1


def test_extractor_version_is_stable():
    assert processing.extractor_version() == processing.extractor_version()
    assert len(processing.extractor_version()) == 16


def test_chunks_cover_everything_in_order():
    items = list(range(10))
    parts = processing.chunks(items, 3)
    assert [x for p in parts for x in p] == items and len(parts) == 3
    assert processing.chunks([], 4) == []


def test_clean_batch_in_a_pool_equals_serial():
    serial = processing.run_batches(processing.clean_batch, TEXTS, "v", threshold=100)
    pooled = processing.run_batches(processing.clean_batch, TEXTS, "v", threshold=1, processes=2)
    for name in ("articles", "sentences", "failures"):
        assert serial[name].to_pylist() == pooled[name].to_pylist()
    assert serial["articles"].num_rows == 3
    assert serial["articles"].column("published_date").to_pylist()[0] == dt.date(2026, 1, 5)


def _article():
    return CleanArticle(
        text="A. B.",
        title=None,
        published_date=None,
        language="en",
        sentences=[Sentence(0, 0, 0, 2, "A."), Sentence(1, 0, 3, 5, "B.")],
    )


def test_extract_batch_records_failures_and_goes_on(monkeypatch):
    import pipelines.extract as extract_pkg

    def fake(article_id, article):
        if article_id == "boom":
            raise RuntimeError("the extractor broke")
        if article_id == "badtype":
            return {"meeting_mentions": [{"mention_id": "m", "start_date": "not a date"}]}
        return {
            "meeting_mentions": [
                {"mention_id": f"m-{article_id}", "article_id": article_id, "parties": ["RU", "US"]}
            ]
        }

    monkeypatch.setattr(extract_pkg, "extract_article", fake)
    out = processing.extract_batch([("ok", _article()), ("boom", _article()), ("badtype", _article())], "v1")
    assert out["meeting_mentions"].schema == TABLES["meeting_mentions"]
    assert out["meeting_mentions"].column("mention_id").to_pylist() == ["m-ok"]
    failures = {r["article_id"]: r["error"] for r in out["_failures"].to_pylist()}
    assert set(failures) == {"boom", "badtype"}
    assert "the extractor broke" in failures["boom"]
    assert {r["article_id"]: r["status"] for r in out["_processed"].to_pylist()} == {
        "ok": "ok",
        "boom": "failed",
        "badtype": "failed",
    }
    for name, schema in TABLES.items():
        assert out[name].schema == schema


def test_extract_batch_of_nothing_has_the_schemas():
    out = processing.extract_batch([], "v")
    assert all(out[name].num_rows == 0 and out[name].schema == schema for name, schema in TABLES.items())
    assert isinstance(out["_processed"], pa.Table)
