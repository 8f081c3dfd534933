-- One row per (meeting, person): the participants of all the mentions of a meeting. Name, side and role are
-- the first non-null ones in article order (earliest publication first).
with

mentions as (
    select mention_id, meeting_id, published_date from {{ ref('int_meeting_mentions_resolved') }}
),

participants as (
    select * from {{ ref('stg_parley__meeting_participants') }}
),

joined as (
    select
        mentions.meeting_id,
        mentions.published_date,
        participants.*
    from participants
    inner join mentions using (mention_id)
),

merged as (
    select
        meeting_id,
        person_id,
        (list(person_name order by published_date nulls last, article_id, sentence_idx, mention_id)
            filter (where person_name is not null))[1] as person_name,
        (list(country_code order by published_date nulls last, article_id, sentence_idx, mention_id)
            filter (where country_code is not null))[1] as country_code,
        (list(role order by published_date nulls last, article_id, sentence_idx, mention_id)
            filter (where role is not null))[1] as role,
        count(distinct article_id) as n_articles,
        list_sort(list(distinct mention_id)) as mention_ids
    from joined
    group by meeting_id, person_id
),

final as (
    select * from merged
)

select * from final
