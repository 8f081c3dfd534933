-- One meeting as one article reports it (merged within the article by pipelines.extract).
with

meeting_mentions as (
    select * from {{ source('extract', 'meeting_mentions') }}
    where article_id not in ({{ superseded_article_ids() }})
),

renamed as (
    select
        mention_id,
        article_id,
        cast(sentence_idx as integer) as sentence_idx,
        evidence,
        cast(published_date as date) as published_date,
        city,
        country_code,
        cast(start_date as date) as start_date,
        cast(end_date as date) as end_date,
        date_precision,
        cast(window_start as date) as window_start,
        cast(window_end as date) as window_end,
        status,
        format,
        coalesce(parties, []::varchar[]) as parties,
        coalesce(participant_ids, []::varchar[]) as participant_ids
    from meeting_mentions
)

select * from renamed
