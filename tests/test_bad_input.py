"""Bad input, against a real DuckDB file: what is rejected (and why), what is decoded, what is one article.

Pure cases test pipelines.ingest / pipelines.clean directly. The file zoo goes through the real Dagster job
(raw -> clean -> extract -> dbt) once, in a module-scoped fixture, then again unchanged (nothing may change),
then once more after one file's content changed and one file was added. README "What happens to bad input"
describes exactly these cases.
"""

import io
import os
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from test_pipeline import snapshot

from dagster_project import processing
from dagster_project.assets.raw import load_raw
from dagster_project.definitions import build_definitions
from pipelines import clean, ingest

BODY_HU = (
    " date 2026-02-10\nŐszi tárgyalások Genfben: az ukrán és az amerikai küldöttség hétfőn találkozott.\n"
    "A felek szerint a béketerv húsz pontból áll.\n"
)
BODY_SL = (
    " date 2026-02-11\nPogajalci Ukrajine in ZDA so se v četrtek sešli v Ženevi.\n"
    "Načrt za mir ima dvajset točk, je povedal šef delegacije.\n"
)
BODY_NO = (
    " date 2026-02-12\nForhandlerne møttes i Genève på tirsdag, og de blir enige om å møtes igjen.\n"
    "Støtten til planen er økt, sa utenriksministeren.\n"
)
ARTICLE = (
    " date 2026-02-13\nNegotiators from Ukraine and the United States met in Geneva on Monday.\n"
    "They discussed the 20-point peace plan and agreed to meet again next week.\n"
)

NAV_PAGE = """<!doctype html>
<html lang="en"><head><title>Talks in Geneva end without a deal</title>
<meta property="article:published_time" content="2026-02-14"></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
Accept all cookies or manage your cookie settings.</div>
<main><article>
<h1>Talks in Geneva end without a deal</h1>
<p>Negotiators from Ukraine and the United States met in Geneva on Monday to discuss the peace plan.</p>
<p>The delegations spent six hours on the question of security guarantees, officials said afterwards.</p>
<p>Both sides said they would meet again next week in Abu Dhabi, where the talks began in January.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Celebrity chef opens a bakery in Oslo</a></li>
<li><a href="/b">Ten gadgets you need this winter</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment">Reader42: This bakery comment is off topic, sorry.</div></section>
</main>
<footer>Copyright 2026 Example News. All rights reserved. Privacy policy. Terms of use.</footer>
</body></html>
"""
NO_ARTICLE_PAGE = """<!doctype html>
<html><head><title>Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-consent">We use cookies. Accept all.</div>
<footer>Copyright 2026 Example News. Privacy policy.</footer>
</body></html>
"""
SQL_ARTICLE = (
    " date 2026-02-15\nRobert'); DROP TABLE marts.articles; -- met negotiators in Geneva on Monday.\n"
    "'; DELETE FROM raw.files WHERE '1'='1 was written on a banner, the police said.\n"
)
JINJA_ARTICLE = (
    " date 2026-02-16\nThe banner read {{ config(materialized='table') }} and {% raw %} in Geneva.\n"
    "Another one said {% for x in range(3) %}{{ x }}{% endfor %} and {# comment #} on Monday.\n"
)
LONG_LINE = " date 2026-02-17\n" + ("Negotiators met in Geneva and talked about the plan, " * 500) + "\n"
NO_PUNCTUATION = (
    " date 2026-02-18\nnegotiators from ukraine and the united states met in geneva on monday and talked "
    "for six hours without any result\nthey will meet again next week\n"
)
MULTILINGUAL = (
    " date 2026-02-19\nNegotiators from Ukraine and the United States met in Geneva on Monday.\n"
    "Az ukrán és az amerikai tárgyalók hétfőn Genfben találkoztak.\n"
    "Pogajalci Ukrajine in ZDA so se v ponedeljek sešli v Ženevi.\n"
    "Forhandlerne fra Ukraina og USA møttes i Genève mandag.\n"
)
INVISIBLE = (
    " date 2026-02-20\nNego\u200btiators met\u200d in Gen\u00adeva\x07 on Monday\u2060.\n"
    "They\x01 agreed\ufeff to meet again\x0b next week.\n"
)


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", ARTICLE)
    return buffer.getvalue()


# ------------------------------------------------------------------------------- pure: ingest.decode


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\r\n\t ", "empty file"),
        ("scan.txt", b"\x89PNG\r\n\x1a\n" + bytes(100), "binary file: a PNG image, not an article"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file: a PDF document"),
        ("bundle.txt", _zip_bytes(), "binary file: a ZIP archive (or an Office document), not an article"),
        ("a.csv", b"a,b\n1,2\n", "unsupported file type '.csv': expected .txt or .html"),
        ("ABOUT.md", b"## Notes\nEight articles about Geneva.\n",
         "unsupported file type '.md': expected .txt or .html"),
        ("nul.txt", b"text\x00with\x00nuls" * 10, "not decodable as text"),
    ],
)
def test_unusable_files_are_rejected_with_a_reason(name, data, reason):
    decoded = ingest.decode(data, name)
    assert decoded.text is None
    assert decoded.reason.startswith(reason)


def test_invalid_utf8_is_rejected_not_turned_into_garbage():
    data = "Őszi tárgyalások Genfben, küldöttség, béketerv.\n".encode() * 3
    data = data[:20] + b"\xff\xfe\x80" + data[20:]
    decoded = ingest.decode(data, "broken.txt")
    assert decoded.text is None
    assert decoded.reason.startswith("invalid UTF-8: 3 byte sequence(s) are not valid UTF-8")
    assert "first at byte 20" in decoded.reason
    # a text truncated in the middle of a character is broken UTF-8 too
    assert ingest.decode("Genfben találkoztak ő".encode()[:-1], "cut.txt").reason.startswith("invalid UTF-8")


@pytest.mark.parametrize(
    ("text", "encoding", "expected_encoding", "letters"),
    [
        (BODY_HU, "cp1250", "cp1250", "őŐáé"),
        (BODY_SL, "cp1250", "cp1250", "čšŽ"),
        (BODY_SL, "iso-8859-2", "iso-8859-2", "čšŽ"),
        (BODY_HU, "iso-8859-2", None, "őŐáé"),
        (BODY_NO, "cp1252", "cp1252", "øåè"),
        (BODY_NO, "utf-16", "utf-16", "øåè"),
        (BODY_SL, "utf-8-sig", "utf-8-sig", "čšŽ"),
    ],
)
def test_legacy_encodings_and_utf16_are_decoded(text, encoding, expected_encoding, letters):
    decoded = ingest.decode(text.encode(encoding), "a.txt")
    assert decoded.reason is None
    # cp1250 and iso-8859-2 agree on Hungarian letters: either decoding is the same text
    assert expected_encoding is None or decoded.encoding == expected_encoding
    assert decoded.text.lstrip("\ufeff") == text
    assert all(c in decoded.text for c in letters if c in text)


def test_size_limit_is_configurable(monkeypatch):
    data = ARTICLE.encode() * 10
    assert ingest.decode(data, "a.txt").reason is None  # default 5 MiB
    monkeypatch.setenv("PARLEY_MAX_FILE_BYTES", "100")
    assert ingest.max_file_bytes() == 100
    reason = ingest.decode(data, "a.txt").reason
    assert reason.startswith(f"too large: {len(data):,} bytes, over the limit of 100 bytes")
    monkeypatch.setenv("PARLEY_MAX_FILE_BYTES", "lots")
    with pytest.raises(ValueError, match="PARLEY_MAX_FILE_BYTES"):
        ingest.max_file_bytes()


def test_same_article_with_other_line_ends_or_trailing_blanks_is_one_article():
    variants = [
        ARTICLE,
        ARTICLE.replace("\n", "\r\n"),
        ARTICLE.replace("\n", "\r"),
        ARTICLE.replace("\n", "   \t\n"),
        ARTICLE + "\n\n  \n",
        "\ufeff" + ARTICLE,
    ]
    assert len({ingest.article_id(v) for v in variants}) == 1
    assert ingest.article_id(ARTICLE.replace("Monday", "Tuesday")) != ingest.article_id(ARTICLE)


# ------------------------------------------------------------------------------- pure: pipelines.clean


def test_html_keeps_only_the_article():
    doc = clean.clean(NAV_PAGE, "html")
    assert "security guarantees" in doc.text and "Abu Dhabi" in doc.text
    for furniture in ("cookie", "Celebrity chef", "gadgets", "Reader42", "Copyright", "Weather", "Privacy"):
        assert furniture not in doc.text, furniture
    assert doc.title == "Talks in Geneva end without a deal"
    assert len(doc.sentences) == 3


def test_html_with_no_article_has_no_text():
    doc = clean.clean(NO_ARTICLE_PAGE, "html")
    assert doc.text == "" and doc.sentences == []


def test_zero_width_and_control_characters_are_removed():
    doc = clean.clean(INVISIBLE, "text")
    assert doc.text == "Negotiators met in Geneva on Monday.\nThey agreed to meet again next week."
    assert [s.text for s in doc.sentences] == doc.text.split("\n")


def test_very_long_lines_and_no_punctuation_give_bounded_sentences():
    doc = clean.clean(LONG_LINE, "text")
    assert len(doc.sentences) > 10
    assert max(s.end - s.start for s in doc.sentences) <= clean.MAX_SENTENCE
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
    unpunctuated = clean.clean(NO_PUNCTUATION, "text")
    assert len(unpunctuated.sentences) == 2  # every line is a paragraph, and so at least a sentence


def test_several_languages_in_one_article_are_kept_whole():
    doc = clean.clean(MULTILINGUAL, "text")
    assert len(doc.sentences) == 4
    assert doc.language in {"en", "hu", "sl", "no"}


# ------------------------------------------------------------------------------- the folder scan


def test_links_out_of_the_folder_and_pipes_are_not_followed(tmp_path, warehouse):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(ARTICLE + "Secret.\n", encoding="utf-8")
    (outside / "dir").mkdir()
    (outside / "dir" / "more.txt").write_text(ARTICLE + "More secrets.\n", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "link-out.txt").symlink_to(outside / "secret.txt")
    (folder / "link-in.txt").symlink_to(folder / "a.txt")
    (folder / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "dir-out").symlink_to(outside / "dir")
    os.mkfifo(folder / "pipe.txt")  # reading it would block the run forever

    summary = load_raw(folder, warehouse)
    assert (summary.files_seen, summary.loaded, summary.duplicates, summary.rejected) == (6, 1, 1, 4)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        reasons = dict(con.execute("SELECT path, reason FROM raw.rejected_files").fetchall())
        texts = [r[0] for r in con.execute("SELECT text FROM raw.articles").fetchall()]
    finally:
        con.close()
    assert reasons == {
        "link-out.txt": ingest.LINK_OUTSIDE,
        "broken.txt": ingest.LINK_BROKEN,
        "dir-out": ingest.LINK_TO_FOLDER,
        "pipe.txt": ingest.NOT_REGULAR,
    }
    assert not any("Secret" in t or "secrets" in t for t in texts)


def test_a_folder_of_10000_files(tmp_path, warehouse):
    folder = tmp_path / "in"
    for i in range(100):
        (folder / f"d{i:02d}").mkdir(parents=True)
    for i in range(10_000):
        path = folder / f"d{i % 100:02d}" / f"article {i:05d}.txt"
        if i % 1000 == 0:
            path.write_bytes(b"")  # 10 rejected
        elif i % 1000 == 1:
            path.write_text(ARTICLE, encoding="utf-8")  # 10 copies of one article
        else:
            path.write_text(f" date 2026-01-01\nArticle number {i} about the talks.\n", encoding="utf-8")
    started = time.monotonic()
    summary = load_raw(folder, warehouse)
    elapsed = time.monotonic() - started
    assert summary.files_seen == 10_000
    assert (summary.loaded, summary.duplicates, summary.rejected) == (9_981, 9, 10)
    assert summary.loaded + summary.duplicates + summary.rejected == 10_000
    assert elapsed < 60
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(*), count(DISTINCT path) FROM raw.files").fetchone() == (10_000,) * 2
        assert con.execute("SELECT count(*) FROM raw.articles").fetchone()[0] == 9_981
    finally:
        con.close()
    # a rerun reads nothing again
    again = load_raw(folder, warehouse)
    assert (again.skipped, again.loaded, again.rejected) == (10_000, 0, 0)


# ------------------------------------------------------------------------------- the file zoo, for real

NEWLINE_NAME = "line\nbreak.txt"
SPACED_NAME = "Genfi tárgyalás – hétfő é ő.txt"
MAX_BYTES = 50_000

EXPECTED_REJECTIONS = {
    "empty.txt": "empty file",
    "image.png": "binary file: a PNG image, not an article",
    "report.pdf": "binary file: a PDF document, not an article",
    "archive.zip": "binary file: a ZIP archive (or an Office document), not an article",
    "broken-utf8.txt": "invalid UTF-8: 1 byte sequence(s) are not valid UTF-8",
    "huge.txt": f"too large: {MAX_BYTES + 1:,} bytes, over the limit of {MAX_BYTES:,} bytes",
    "link-out.txt": ingest.LINK_OUTSIDE,
    "no-article.html": "no article in the web page: only navigation, banners, links or comments",
    "invisible-only.txt": "no article text: nothing is left once invisible and control characters",
}


def _zoo(base: Path) -> Path:
    folder = base / "articles"
    folder.mkdir()
    (base / "outside.txt").write_text(ARTICLE + "Outside the folder.\n", encoding="utf-8")
    files = {
        "empty.txt": b"",
        "image.png": b"\x89PNG\r\n\x1a\n" + bytes(300),
        "report.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(300),
        "archive.zip": _zip_bytes(),
        "broken-utf8.txt": BODY_HU.encode()[:40] + b"\xff" + BODY_HU.encode()[40:],
        "huge.txt": b"x" * (MAX_BYTES + 1),
        "no-article.html": NO_ARTICLE_PAGE.encode(),
        "invisible-only.txt": "\u200b\u200d\ufeff\u2060 \u200b\n\u00ad\x07".encode(),
        "hu-cp1250.txt": BODY_HU.encode("cp1250"),
        "sl-iso-8859-2.txt": BODY_SL.encode("iso-8859-2"),
        "no-cp1252.txt": BODY_NO.encode("cp1252"),
        "no-utf16.txt": BODY_NO.replace("tirsdag", "onsdag").encode("utf-16"),
        "news.html": NAV_PAGE.encode(),
        "article.txt": ARTICLE.encode(),
        "copy of article.txt": ARTICLE.encode(),
        "article-crlf.txt": ARTICLE.replace("\n", "  \r\n").encode(),
        SPACED_NAME: BODY_HU.replace("hétfőn", "kedden").encode(),
        NEWLINE_NAME: BODY_SL.replace("četrtek", "petek").encode(),
        "sql.txt": SQL_ARTICLE.encode(),
        "jinja.txt": JINJA_ARTICLE.encode(),
        "long-line.txt": LONG_LINE.encode(),
        "no-punctuation.txt": NO_PUNCTUATION.encode(),
        "multilingual.txt": MULTILINGUAL.encode(),
        "invisible.txt": INVISIBLE.encode(),
        "changing.txt": (ARTICLE.replace("Monday", "Friday")).encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "link-out.txt").symlink_to(base / "outside.txt")
    return folder


N_ZOO_FILES = 26
N_ZOO_ARTICLES = 15  # 26 files - 9 rejected - 2 copies of article.txt


@dataclass
class Zoo:
    folder: Path
    warehouse: Path
    results: list
    snapshots: list


def _raw_meta(result) -> dict:
    for event in result.get_asset_materialization_events():
        mat = event.event_specific_data.materialization
        if mat.asset_key == dg.AssetKey(["raw", "articles"]):
            return {k: v.value for k, v in mat.metadata.items()}
    raise AssertionError("no raw materialization")


@pytest.fixture(scope="module")
def zoo(tmp_path_factory) -> Zoo:
    base = tmp_path_factory.mktemp("zoo")
    folder = _zoo(base)
    warehouse = base / "out" / "parley.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PARLEY_RAW_DIR", str(folder))
        mp.setenv("PARLEY_WAREHOUSE", str(warehouse))
        mp.setenv("PARLEY_MAX_FILE_BYTES", str(MAX_BYTES))
        clean_version, extractor_version = processing.clean_version(), processing.extractor_version()
        mp.setattr(processing, "clean_version", lambda: clean_version)
        mp.setattr(processing, "extractor_version", lambda: extractor_version)
        defs = build_definitions()
        results, snapshots = [], []
        for step in range(3):
            if step == 2:
                changing = folder / "changing.txt"
                changing.write_text(ARTICLE.replace("Monday", "Saturday"), encoding="utf-8")
                os.utime(changing, ns=(0, changing.stat().st_mtime_ns + 10**9))
                (folder / "late.txt").write_text(ARTICLE.replace("Monday", "Sunday"), encoding="utf-8")
            with dg.DagsterInstance.ephemeral() as instance:
                result = defs.resolve_job_def("parley").execute_in_process(
                    instance=instance, raise_on_error=False
                )
            assert result.success, f"zoo run {step + 1} failed"
            results.append(result)
            snapshots.append(snapshot(warehouse))
    return Zoo(folder, warehouse, results, snapshots)


def _query(warehouse, sql, params=None):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_zoo_every_reject_is_in_the_mart_with_its_reason(zoo):
    rejected = {row[0]: row[1] for row in zoo.snapshots[0]["marts.rejected_files"]}
    assert set(rejected) == set(EXPECTED_REJECTIONS)
    for path, reason in EXPECTED_REJECTIONS.items():
        assert rejected[path].startswith(reason), path


def test_zoo_every_file_is_accounted_for(zoo):
    meta = _raw_meta(zoo.results[0])
    assert meta["files_seen"] == N_ZOO_FILES
    assert (meta["loaded"], meta["duplicates"], meta["rejected"], meta["skipped"]) == (17, 2, 7, 0)
    articles = {row[1] for row in zoo.snapshots[0]["marts.articles"]}
    rejected = {row[0] for row in zoo.snapshots[0]["marts.rejected_files"]}
    assert len(articles) == N_ZOO_ARTICLES
    # every file is an article of marts.articles, a copy of one, or a row of marts.rejected_files
    copies = {"article.txt", "copy of article.txt", "article-crlf.txt"}  # one article, the first in order
    assert articles & copies == {"article-crlf.txt"}
    on_disk = {p.relative_to(zoo.folder).as_posix() for p in zoo.folder.iterdir()} - {"late.txt"}
    assert articles | rejected | copies == on_disk
    assert not articles & rejected
    assert NEWLINE_NAME in articles and SPACED_NAME in articles


def test_zoo_encodings_are_decoded(zoo):
    rows = dict(
        _query(
            zoo.warehouse,
            "SELECT r.source_path, r.encoding || ' ' || c.text FROM raw.articles r "
            "JOIN clean.articles c USING (article_id)",
        )
    )
    assert rows["hu-cp1250.txt"].startswith("cp1250 ") and "Őszi" in rows["hu-cp1250.txt"]
    assert "hétfőn" in rows["hu-cp1250.txt"]
    assert rows["sl-iso-8859-2.txt"].startswith("iso-8859-2 ")
    assert "četrtek sešli v Ženevi" in rows["sl-iso-8859-2.txt"]
    assert rows["no-cp1252.txt"].startswith("cp1252 ") and "møttes i Genève" in rows["no-cp1252.txt"]
    assert rows["no-utf16.txt"].startswith("utf-16 ") and "Støtten" in rows["no-utf16.txt"]
    languages = dict(_query(zoo.warehouse, "SELECT source_path, language FROM marts.articles"))
    assert (languages["hu-cp1250.txt"], languages["sl-iso-8859-2.txt"], languages["no-cp1252.txt"]) == (
        "hu",
        "sl",
        "no",
    )


def test_zoo_html_keeps_the_article_only(zoo):
    (text,) = _query(zoo.warehouse, "SELECT text FROM clean.articles WHERE source_path = 'news.html'")[0]
    assert "security guarantees" in text and "cookie" not in text and "Celebrity" not in text
    assert "Reader42" not in text


def test_zoo_sql_and_jinja_are_data(zoo):
    texts = dict(_query(zoo.warehouse, "SELECT source_path, text FROM clean.articles"))
    assert "DROP TABLE marts.articles; --" in texts["sql.txt"]
    assert "{{ config(materialized='table') }}" in texts["jinja.txt"]
    assert "{% for x in range(3) %}{{ x }}{% endfor %}" in texts["jinja.txt"]
    titles = dict(_query(zoo.warehouse, "SELECT source_path, title FROM marts.articles"))
    assert titles["jinja.txt"].startswith("The banner read {{ config(")
    assert titles["sql.txt"].startswith("Robert'); DROP TABLE")
    # nothing was dropped or deleted (the third run added late.txt)
    assert _query(zoo.warehouse, "SELECT count(DISTINCT path) FROM raw.files") == [(N_ZOO_FILES + 1,)]


def test_zoo_long_lines_invisible_characters_several_languages(zoo):
    by_path = dict(
        _query(
            zoo.warehouse,
            "SELECT a.source_path, max(s.char_end - s.char_start) FROM clean.articles a "
            "JOIN clean.sentences s USING (article_id) GROUP BY 1",
        )
    )
    assert by_path["long-line.txt"] <= clean.MAX_SENTENCE
    texts = dict(_query(zoo.warehouse, "SELECT source_path, text FROM clean.articles"))
    assert texts["invisible.txt"] == (
        "Negotiators met in Geneva on Monday.\nThey agreed to meet again next week."
    )
    assert texts["no-punctuation.txt"].startswith("negotiators from ukraine")
    assert texts["multilingual.txt"].count("\n") == 3
    assert not _query(zoo.warehouse, "SELECT * FROM extract.failures")


def test_zoo_rerun_changes_nothing(zoo):
    meta = _raw_meta(zoo.results[1])
    assert (meta["skipped"], meta["loaded"], meta["rejected"]) == (N_ZOO_FILES, 0, 0)
    first, second = zoo.snapshots[0], zoo.snapshots[1]
    assert set(first) == set(second)
    for table in first:
        assert first[table] == second[table], table


def test_zoo_changed_content_replaces_the_article_and_new_files_add_theirs(zoo):
    before, after = zoo.snapshots[1], zoo.snapshots[2]
    meta = _raw_meta(zoo.results[2])
    assert (meta["loaded"], meta["superseded"], meta["skipped"]) == (2, 1, N_ZOO_FILES - 1)
    old_id = ingest.article_id(ARTICLE.replace("Monday", "Friday"))
    new_ids = {ingest.article_id(ARTICLE.replace("Monday", d)) for d in ("Saturday", "Sunday")}
    ids_before = {row[0] for row in before["marts.articles"]}
    ids_after = {row[0] for row in after["marts.articles"]}
    assert ids_after == (ids_before - {old_id}) | new_ids
    # the old version is kept in raw, marked superseded
    assert _query(
        zoo.warehouse, "SELECT superseded_at IS NOT NULL FROM raw.articles WHERE article_id = ?", [old_id]
    ) == [(True,)]
    assert before["marts.rejected_files"] == after["marts.rejected_files"]

