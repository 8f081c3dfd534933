import os

import dagster as dg

from dagster_project.resources import RawFolderResource
from dagster_project.sensors import fingerprint, new_files_sensor
from pipelines import ingest


def _evaluate(folder, cursor):
    context = dg.build_sensor_context(
        cursor=cursor, resources={"raw_folder": RawFolderResource(path=str(folder))}
    )
    result = new_files_sensor(context)
    return result, context.cursor


def test_fingerprint_changes_with_paths_sizes_and_mtimes(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    f1 = fingerprint(ingest.scan(tmp_path))
    assert fingerprint(ingest.scan(tmp_path)) == f1
    os.utime(tmp_path / "a.txt", ns=(0, 10**18))
    f2 = fingerprint(ingest.scan(tmp_path))
    assert f2 != f1
    (tmp_path / "b.txt").write_text("two")
    assert fingerprint(ingest.scan(tmp_path)) not in (f1, f2)


def test_sensor_requests_a_run_only_when_the_folder_changes(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    result, cursor = _evaluate(tmp_path, None)
    assert isinstance(result, dg.RunRequest) and result.run_key == cursor
    result, same = _evaluate(tmp_path, cursor)
    assert isinstance(result, dg.SkipReason) and same == cursor
    (tmp_path / "b.txt").write_text("two")
    result, new_cursor = _evaluate(tmp_path, cursor)
    assert isinstance(result, dg.RunRequest) and new_cursor != cursor


def test_sensor_skips_a_missing_folder(tmp_path):
    result, _ = _evaluate(tmp_path / "nope", None)
    assert isinstance(result, dg.SkipReason)
