with

meetings as (
    select * from {{ ref('int_meetings_merged') }}
),

final as (
    select
        meeting_id,
        start_date,
        end_date,
        date_precision,
        city,
        country_code,
        status,
        format,
        parties,
        cast(n_articles as integer) as n_articles,
        evidence,
        evidence_article_id,
        evidence_sentence_idx,
        mention_ids,
        article_ids
    from meetings
)

-- a stable row order: two runs leave the same table, row by row
select * from final
order by start_date nulls last, city nulls last, country_code, meeting_id
