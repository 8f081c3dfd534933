{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'int_meeting_mentions_resolved'}}}) }}  {#- on intermediate models: a failure must not skip the marts #}
-- The merging neither loses nor duplicates a meeting mention.
with

mentions as (
    select mention_id from {{ ref('stg_parley__meeting_mentions') }}
),

resolved as (
    select mention_id, count(*) as n_meetings
    from {{ ref('int_meeting_mentions_resolved') }}
    group by mention_id
)

select mentions.mention_id, resolved.n_meetings
from mentions
left join resolved using (mention_id)
where resolved.n_meetings is distinct from 1
