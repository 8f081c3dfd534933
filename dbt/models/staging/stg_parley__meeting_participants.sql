with

meeting_participants as (
    select * from {{ source('extract', 'meeting_participants') }}
    where article_id not in ({{ superseded_article_ids() }})
),

renamed as (
    select
        mention_id,
        article_id,
        cast(sentence_idx as integer) as sentence_idx,
        person_id,
        person_name,
        country_code,
        role
    from meeting_participants
)

select * from renamed
