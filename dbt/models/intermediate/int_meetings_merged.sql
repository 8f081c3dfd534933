-- One row per meeting: the attributes of its mentions combined.
with

mentions as (
    select
        resolved.meeting_id,
        staged.*,
        coalesce(staged.start_date, staged.end_date) as date_from,
        coalesce(staged.end_date, staged.start_date) as date_to
    from {{ ref('int_meeting_mentions_resolved') }} as resolved
    inner join {{ ref('stg_parley__meeting_mentions') }} as staged using (mention_id)
),

-- The latest article decides the status (NULL publication dates count as the oldest);
-- on the same day cancelled beats held beats planned.
status as (
    select
        meeting_id,
        first(
            status
            order by published_date desc nulls last,
                     case status when 'cancelled' then 1 when 'held' then 2 when 'planned' then 3 else 4 end,
                     mention_id
        ) as status
    from mentions
    where status is not null
    group by meeting_id
),

dates as (
    select meeting_id, date_from as start_date, date_to as end_date, date_precision
    from ({{ finest_dates('mentions', 'meeting_id') }})
),

city as (
    {{ most_frequent('mentions', 'meeting_id', 'city') }}
),

country as (
    {{ most_frequent('mentions', 'meeting_id', 'country_code') }}
),

explicit_format as (
    {{ most_frequent('mentions', 'meeting_id', 'format') }}
),

-- The evidence: the most informative mention (has a city, has a date), from the earliest article.
evidence as (
    select meeting_id, best.evidence, best.article_id as evidence_article_id,
           best.sentence_idx as evidence_sentence_idx
    from (
        select
            meeting_id,
            first(
                struct_pack(evidence, article_id, sentence_idx)
                order by (city is not null) desc, (date_from is not null) desc, published_date nulls last,
                         article_id, sentence_idx, mention_id
            ) as best
        from mentions
        group by meeting_id
    )
),

grouped as (
    select
        meeting_id,
        {{ list_union('parties') }} as parties,
        count(distinct article_id) as n_articles,
        list_sort(list(mention_id)) as mention_ids,
        list_sort(list(distinct article_id)) as article_ids
    from mentions
    group by meeting_id
),

final as (
    select
        grouped.meeting_id,
        dates.start_date,
        dates.end_date,
        dates.date_precision,
        city.city,
        country.country_code,
        status.status,
        coalesce(
            explicit_format.format,
            case len(grouped.parties)
                when 2 then 'bilateral'
                when 3 then 'trilateral'
                when 0 then null
                when 1 then null
                else 'multilateral'
            end
        ) as format,
        grouped.parties,
        grouped.n_articles,
        evidence.evidence,
        evidence.evidence_article_id,
        evidence.evidence_sentence_idx,
        grouped.mention_ids,
        grouped.article_ids
    from grouped
    left join dates using (meeting_id)
    left join city using (meeting_id)
    left join country using (meeting_id)
    left join status using (meeting_id)
    left join explicit_format using (meeting_id)
    left join evidence using (meeting_id)
)

select * from final
