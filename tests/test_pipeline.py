"""The whole pipeline, for real: the Dagster job (raw -> clean -> extract -> dbt build) from a copy of seeds/
into a warehouse in a temporary folder, chosen through PARLEY_RAW_DIR and PARLEY_WAREHOUSE.

One session-scoped fixture does the expensive part once: a first run, a second run on the same folder, and a
third after one new file was added.
"""

import shutil
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from dagster_project import processing
from dagster_project.definitions import build_definitions
from pipelines import ingest

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
NEW_ARTICLE = (
    " date 2026-02-12\nUkrainian and American negotiators met in Geneva on Tuesday to discuss the "
    "20-point peace plan.\nThe talks will continue next week, officials said.\n"
)

CONTRACT = {
    "articles": [
        ("article_id", "VARCHAR"),
        ("source_path", "VARCHAR"),
        ("published_date", "DATE"),
        ("language", "VARCHAR"),
        ("title", "VARCHAR"),
        ("n_chars", "INTEGER"),
    ],
    "meetings": [
        ("meeting_id", "VARCHAR"),
        ("start_date", "DATE"),
        ("end_date", "DATE"),
        ("date_precision", "VARCHAR"),
        ("city", "VARCHAR"),
        ("country_code", "VARCHAR"),
        ("status", "VARCHAR"),
        ("format", "VARCHAR"),
        ("parties", "VARCHAR[]"),
        ("n_articles", "INTEGER"),
        ("evidence", "VARCHAR"),
    ],
    "participants": [
        ("meeting_id", "VARCHAR"),
        ("person_id", "VARCHAR"),
        ("person_name", "VARCHAR"),
        ("country_code", "VARCHAR"),
        ("role", "VARCHAR"),
    ],
    "proposals": [
        ("proposal_id", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("name", "VARCHAR"),
        ("n_points", "INTEGER"),
        ("scope", "VARCHAR"),
        ("proposed_by", "VARCHAR[]"),
        ("supported_by", "VARCHAR[]"),
        ("rejected_by", "VARCHAR[]"),
        ("first_mentioned", "DATE"),
        ("n_articles", "INTEGER"),
        ("evidence", "VARCHAR"),
    ],
    "attacks": [
        ("attack_id", "VARCHAR"),
        ("attack_date", "DATE"),
        ("date_precision", "VARCHAR"),
        ("attacker_country", "VARCHAR"),
        ("target_country", "VARCHAR"),
        ("target_type", "VARCHAR"),
        ("weapons", "VARCHAR[]"),
        ("n_drones", "INTEGER"),
        ("n_missiles", "INTEGER"),
        ("killed", "INTEGER"),
        ("injured", "INTEGER"),
        ("regions", "VARCHAR[]"),
        ("n_articles", "INTEGER"),
        ("evidence", "VARCHAR"),
    ],
    "rejected_files": [("path", "VARCHAR"), ("reason", "VARCHAR"), ("seen_at", "TIMESTAMP")],
}


def _key(value):
    return repr(value)


def snapshot(warehouse: Path) -> dict[str, list]:
    """Every row of every table the pipeline writes, sorted: two equal snapshots mean nothing changed."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = con.execute(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_schema IN ('raw', 'clean', 'extract', 'marts') AND table_type = 'BASE TABLE'"
        ).fetchall()
        return {
            f"{s}.{t}": sorted(con.execute(f'SELECT * FROM {s}."{t}"').fetchall(), key=_key)
            for s, t in tables
        }
    finally:
        con.close()


def columns(warehouse: Path, table: str) -> list[tuple[str, str]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'marts' AND table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
    finally:
        con.close()


@dataclass
class Runs:
    folder: Path
    warehouse: Path
    results: list
    snapshots: list
    new_article_id: str
    scratch_warehouse: Path


def _run(defs: dg.Definitions) -> dg.ExecuteInProcessResult:
    with dg.DagsterInstance.ephemeral() as instance:
        return defs.resolve_job_def("parley").execute_in_process(instance=instance, raise_on_error=False)


@pytest.fixture(scope="session")
def runs(tmp_path_factory) -> Runs:
    base = tmp_path_factory.mktemp("pipeline")
    folder = base / "articles"
    shutil.copytree(SEEDS, folder)
    first_seed = sorted(SEEDS.iterdir())[0]
    (folder / "copies").mkdir()
    (folder / "copies" / "same-article-crlf.txt").write_bytes(first_seed.read_bytes().replace(b"\n", b"\r\n"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    warehouse = base / "out" / "parley.duckdb"

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PARLEY_RAW_DIR", str(folder))
        mp.setenv("PARLEY_WAREHOUSE", str(warehouse))
        # The code versions are read once: the runs compare the same code, even while pipelines/ is being
        # edited in the working tree during the session.
        clean_version, extractor_version = processing.clean_version(), processing.extractor_version()
        mp.setattr(processing, "clean_version", lambda: clean_version)
        mp.setattr(processing, "extractor_version", lambda: extractor_version)
        defs = build_definitions()  # the settings come from the environment
        results, snapshots = [], []
        for step in range(3):
            if step == 2:
                (folder / "new-article.txt").write_text(NEW_ARTICLE, encoding="utf-8")
            results.append(_run(defs))
            assert results[-1].success, f"run {step + 1} failed"
            snapshots.append(snapshot(warehouse))
        # the same folder, once, into an empty warehouse
        scratch = base / "scratch" / "parley.duckdb"
        mp.setenv("PARLEY_WAREHOUSE", str(scratch))
        assert _run(build_definitions()).success, "the run from scratch failed"
    return Runs(folder, warehouse, results, snapshots, ingest.article_id(NEW_ARTICLE), scratch)


def test_env_vars_redirect_input_and_output(runs):
    assert runs.warehouse.exists()
    paths = {row[1] for row in runs.snapshots[0]["marts.articles"]}
    assert paths <= {p.relative_to(runs.folder).as_posix() for p in runs.folder.rglob("*") if p.is_file()}


def test_every_mart_has_the_contract_columns(runs):
    for mart, expected in CONTRACT.items():
        found = columns(runs.warehouse, mart)
        assert found[: len(expected)] == expected, mart


def test_articles_and_rejections(runs):
    marts = runs.snapshots[0]
    assert len(marts["marts.articles"]) == len(list(SEEDS.iterdir()))  # the CRLF copy is the same article
    rejected = {row[0]: row[1] for row in marts["marts.rejected_files"]}
    assert set(rejected) == {"empty.txt", "scan.png"}
    assert rejected["empty.txt"] == "empty file"


def test_dbt_tests_ran_as_asset_checks_and_passed(runs):
    evaluations = runs.results[0].get_asset_check_evaluations()
    assert len(evaluations) > 20
    assert "no_extraction_failures" in {e.check_name for e in evaluations}
    # every dbt test passes on seeds/, the warn-level ones (enums, invariants of the merging) included
    failed = [e.check_name for e in evaluations if not e.passed and e.check_name != "no_extraction_failures"]
    assert not failed


def test_second_run_changes_no_row(runs):
    first, second = runs.snapshots[0], runs.snapshots[1]
    assert set(first) == set(second)
    for table in first:
        assert first[table] == second[table], table


def test_a_new_file_adds_only_its_article(runs):
    before, after = runs.snapshots[1], runs.snapshots[2]
    ids_before = {row[0] for row in before["marts.articles"]}
    ids_after = {row[0] for row in after["marts.articles"]}
    assert ids_after - ids_before == {runs.new_article_id} and ids_before <= ids_after
    assert set(before["marts.articles"]) <= set(after["marts.articles"])
    assert set(before["raw.articles"]) <= set(after["raw.articles"])
    assert len(after["raw.articles"]) == len(before["raw.articles"]) + 1
    assert before["marts.rejected_files"] == after["marts.rejected_files"]
    # rows of the event marts that do not involve the new article are untouched
    for mart in ("meetings", "proposals", "attacks"):
        where = [c for c, _ in columns(runs.warehouse, mart)].index("article_ids")
        kept = [row for row in after[f"marts.{mart}"] if runs.new_article_id not in row[where]]
        assert {repr(r) for r in kept} <= {repr(r) for r in before[f"marts.{mart}"]}, mart


def ordered_marts(warehouse: Path) -> dict[str, list]:
    """Every row of every mart, in the table's own order (seen_at, the time of the run, left out)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {
            mart: con.execute(f"SELECT * EXCLUDE (seen_at) FROM marts.{mart}").fetchall()
            if mart == "rejected_files"
            else con.execute(f"SELECT * FROM marts.{mart}").fetchall()
            for mart in CONTRACT
        }
    finally:
        con.close()


def test_marts_after_runs_on_a_growing_folder_equal_a_build_from_scratch(runs):
    """Three runs (the last adding a file) leave the marts a single run on the final folder builds: the same
    rows in the same order."""
    after, scratch = ordered_marts(runs.warehouse), ordered_marts(runs.scratch_warehouse)
    for mart in CONTRACT:
        assert after[mart] == scratch[mart], mart
