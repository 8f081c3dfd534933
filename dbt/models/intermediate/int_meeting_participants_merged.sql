-- One row per (meeting, person): the participants of all the mentions of a meeting. Name, side and role are
-- the first non-null ones in article order (earliest publication first).
with

mentions as (
    select resolved.mention_id, resolved.meeting_id, staged.published_date
    from {{ ref('int_meeting_mentions_resolved') }} as resolved
    inner join {{ ref('stg_parley__meeting_mentions') }} as staged using (mention_id)
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

-- one ordered list per (meeting, person), not one per attribute: a third of the sorting
merged as (
    select
        meeting_id,
        person_id,
        list(
            struct_pack(person_name, country_code, role)
            order by published_date nulls last, article_id, sentence_idx, mention_id
        ) as reports,
        count(distinct article_id) as n_articles,
        list_sort(list(distinct mention_id)) as mention_ids
    from joined
    group by meeting_id, person_id
),

final as (
    select
        meeting_id,
        person_id,
        list_filter(reports, lambda r: r.person_name is not null)[1].person_name as person_name,
        list_filter(reports, lambda r: r.country_code is not null)[1].country_code as country_code,
        list_filter(reports, lambda r: r.role is not null)[1].role as role,
        n_articles,
        mention_ids
    from merged
)

select * from final
