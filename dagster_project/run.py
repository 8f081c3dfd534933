"""`make run`: materialize every asset (raw -> clean -> extract -> dbt) once, then print what happened.

    python -m dagster_project.run

The run is recorded in the Dagster instance of DAGSTER_HOME (the Makefile points it inside the repository),
so it shows in the UI of `make dev`. Exit status 0 when the run succeeded.
"""

import os
import sys

if __name__ == "__main__":  # before Dagster starts any thread: the warm worker for small batches
    from dagster_project import sidecar

    sidecar.start()

import dagster as dg  # noqa: E402

from dagster_project import settings as settings_module  # noqa: E402
from dagster_project.project import prepare  # noqa: E402
from pipelines import store  # noqa: E402

MARTS = ("articles", "meetings", "participants", "proposals", "attacks", "rejected_files")


def _materialization_metadata(result: dg.ExecuteInProcessResult, key: list[str]) -> dict:
    for event in result.get_asset_materialization_events():
        mat = event.event_specific_data.materialization
        if mat.asset_key == dg.AssetKey(key):
            return {k: v.value for k, v in mat.metadata.items()}
    return {}


def summary_lines(result: dg.ExecuteInProcessResult, warehouse) -> list[str]:
    raw = _materialization_metadata(result, ["raw", "articles"])
    lines = [
        f"parley: input {raw.get('input_folder', '?')} -> warehouse {warehouse}",
        f"  files: {raw.get('files_seen', 0)} seen, {raw.get('loaded', 0)} loaded (new articles), "
        f"{raw.get('skipped', 0)} skipped (already loaded), {raw.get('rejected', 0)} rejected, "
        f"{raw.get('duplicates', 0)} duplicates of known articles, {raw.get('superseded', 0)} superseded",
    ]
    extract = _materialization_metadata(result, ["extract", "failures"])
    if extract:
        lines.append(
            f"  extract: {extract.get('articles_extracted', 0)} articles extracted "
            f"(extractor {extract.get('extractor_version')}), "
            f"{extract.get('new_failures', 0)} failures"
        )
    try:
        with store.connect(warehouse, read_only=True, timeout=0) as con:
            counts = []
            for mart in MARTS:
                if store.table_exists(con, "marts", mart):
                    counts.append(f"{mart} {con.execute(f'SELECT count(*) FROM marts.{mart}').fetchone()[0]}")
            lines.append("  marts: " + ", ".join(counts))
    except Exception as exc:  # noqa: BLE001 - the summary must not hide the run's own status
        lines.append(f"  marts: not readable ({exc})")
    return lines


def main() -> int:
    settings = settings_module.current()
    prepare(force=True)
    from dagster_project.definitions import build_definitions  # after the manifest is fresh

    defs = build_definitions(settings)
    job = defs.resolve_job_def("parley")
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    with instance:
        result = job.execute_in_process(instance=instance, raise_on_error=False)
    for line in summary_lines(result, settings.warehouse):
        print(line)
    if not result.success:
        print("parley: the run FAILED; see the log above", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
