with

participants as (
    select * from {{ ref('int_meeting_participants_merged') }}
),

final as (
    select
        meeting_id,
        person_id,
        person_name,
        country_code,
        role,
        cast(n_articles as integer) as n_articles,
        mention_ids
    from participants
)

select * from final
