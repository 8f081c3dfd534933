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

-- a stable row order: two runs leave the same table, row by row
select * from final
order by meeting_id, person_id
