-- One row per proposal: the attributes of its mentions combined.
with

mentions as (
    select resolved.proposal_id, resolved.final_merge_key, staged.*
    from {{ ref('int_proposal_mentions_resolved') }} as resolved
    inner join {{ ref('stg_parley__proposal_mentions') }} as staged using (mention_id)
),

kind_vote as (
    {{ most_frequent('mentions', 'proposal_id', 'kind') }}
),

named_mentions as (
    -- the name of a specific mention ("withdrawal from Donbas") wins over its kind's generic one
    select * from mentions
    where merge_key not like '%:*'
       or proposal_id not in (select proposal_id from mentions where merge_key not like '%:*')
),

name_vote as (
    {{ most_frequent('named_mentions', 'proposal_id', 'name') }}
),

n_points_vote as (
    {{ most_frequent('mentions', 'proposal_id', 'n_points') }}
),

scope_vote as (
    {{ most_frequent('mentions', 'proposal_id', 'scope') }}
),

sides as (
    select
        proposal_id,
        any_value(final_merge_key) as merge_key,
        {{ list_union('proposed_by') }} as proposed_by,
        {{ list_union('supported_by') }} as supported_by_any,
        {{ list_union('rejected_by') }} as rejected_by,
        min(coalesce(mention_date, published_date)) as first_mentioned,
        count(distinct article_id) as n_articles,
        list_sort(list(mention_id)) as mention_ids,
        list_sort(list(distinct article_id)) as article_ids
    from mentions
    group by proposal_id
),

evidence as (
    select proposal_id, best.evidence, best.article_id as evidence_article_id,
           best.sentence_idx as evidence_sentence_idx
    from (
        select
            proposal_id,
            first(
                struct_pack(evidence, article_id, sentence_idx)
                order by coalesce(mention_date, published_date) nulls last, published_date nulls last,
                         article_id, sentence_idx, mention_id
            ) as best
        from mentions
        group by proposal_id
    )
),

final as (
    select
        sides.proposal_id,
        kind_vote.kind,
        name_vote.name,
        n_points_vote.n_points,
        scope_vote.scope,
        sides.proposed_by,
        -- a country that proposed it is a proposer, not a supporter
        list_filter(sides.supported_by_any, lambda country: not list_contains(sides.proposed_by, country))
            as supported_by,
        sides.rejected_by,
        sides.first_mentioned,
        sides.n_articles,
        evidence.evidence,
        evidence.evidence_article_id,
        evidence.evidence_sentence_idx,
        sides.merge_key,
        sides.mention_ids,
        sides.article_ids
    from sides
    left join kind_vote using (proposal_id)
    left join name_vote using (proposal_id)
    left join n_points_vote using (proposal_id)
    left join scope_vote using (proposal_id)
    left join evidence using (proposal_id)
)

select * from final
