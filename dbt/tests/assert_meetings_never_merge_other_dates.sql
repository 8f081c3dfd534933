{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'int_meeting_mentions_resolved'}}}) }}  {#- on intermediate models: a failure must not skip the marts #}
-- A dated mention never joins a meeting of another date: every dated mention of a meeting overlaps the
-- meeting's dates (with a day of tolerance).
with

mentions as (
    select resolved.meeting_id, resolved.mention_id, staged.start_date, staged.end_date
    from {{ ref('int_meeting_mentions_resolved') }} as resolved
    inner join {{ ref('stg_parley__meeting_mentions') }} as staged using (mention_id)
    where staged.start_date is not null
),

meetings as (
    select meeting_id, min(start_date) as first_day, max(coalesce(end_date, start_date)) as last_day
    from mentions
    group by meeting_id
)

select mentions.*
from mentions
inner join meetings using (meeting_id)
where mentions.start_date > meetings.last_day + 1
   or coalesce(mentions.end_date, mentions.start_date) < meetings.first_day - 1
