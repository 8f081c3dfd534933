with

proposals as (
    select * from {{ ref('int_proposals_merged') }}
),

final as (
    select
        proposal_id,
        kind,
        name,
        cast(n_points as integer) as n_points,
        scope,
        proposed_by,
        supported_by,
        rejected_by,
        first_mentioned,
        cast(n_articles as integer) as n_articles,
        evidence,
        evidence_article_id,
        evidence_sentence_idx,
        merge_key,
        mention_ids,
        article_ids
    from proposals
)

-- a stable row order: two runs leave the same table, row by row
select * from final
order by first_mentioned nulls last, kind, name, proposal_id
