"""A daily run of the whole job (raw -> clean -> extract -> dbt)."""

import dagster as dg

from dagster_project.jobs import parley_job

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=parley_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every day at 06:00 UTC: load what is new in PARLEY_RAW_DIR and rebuild the marts.",
)
