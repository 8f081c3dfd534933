"""Start a run when files appear or change under PARLEY_RAW_DIR.

The cursor is a fingerprint of the folder: a hash of every file's (path, size, mtime_ns). The run key is the
fingerprint too, so the same state of the folder never starts two runs.
"""

import hashlib
from collections.abc import Iterable

import dagster as dg

from dagster_project.jobs import parley_job
from dagster_project.resources import RawFolderResource
from pipelines import ingest


def fingerprint(files: Iterable[ingest.FileFacts]) -> str:
    digest = hashlib.sha256()
    for f in sorted(files, key=lambda f: f.path):
        digest.update(f"{f.path}\0{f.size}\0{f.mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


@dg.sensor(
    name="new_files",
    job=parley_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Runs the job when files under PARLEY_RAW_DIR are new or changed.",
)
def new_files_sensor(context: dg.SensorEvaluationContext, raw_folder: RawFolderResource):
    folder = raw_folder.folder
    if not folder.is_dir():
        return dg.SkipReason(f"the input folder {folder} does not exist")
    files = list(ingest.scan(folder))
    current = fingerprint(files)
    if current == context.cursor:
        return dg.SkipReason(f"no new or changed files in {folder} ({len(files)} files)")
    context.update_cursor(current)
    return dg.RunRequest(
        run_key=current, tags={"parley/trigger": "new_files", "parley/files": str(len(files))}
    )
