"""The one Definitions object of parley: assets raw -> clean -> extract -> dbt, the job, the schedule, the
sensor, and the resources (paths from PARLEY_RAW_DIR / PARLEY_WAREHOUSE, see settings.py)."""

import dagster as dg

from dagster_project import settings as settings_module
from dagster_project.assets.clean import clean_articles
from dagster_project.assets.dbt import parley_dbt_models
from dagster_project.assets.extract import extracted_mentions
from dagster_project.assets.raw import raw_files
from dagster_project.checks import no_extraction_failures
from dagster_project.jobs import parley_job
from dagster_project.resources import build_resources
from dagster_project.schedules import daily_refresh
from dagster_project.sensors import new_files_sensor

ASSETS = [raw_files, clean_articles, extracted_mentions, parley_dbt_models]


def build_definitions(settings: settings_module.Settings | None = None) -> dg.Definitions:
    settings = settings or settings_module.current()
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=[no_extraction_failures],
        jobs=[parley_job],
        schedules=[daily_refresh],
        sensors=[new_files_sensor],
        resources=build_resources(settings),
        executor=dg.in_process_executor,
    )


defs = build_definitions()
