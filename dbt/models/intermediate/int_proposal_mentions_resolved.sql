-- Every proposal mention -> the proposal it reports.
-- Mentions share a proposal when they share a merge_key. A key ending in `:*` ("a ceasefire", no more said)
-- joins the proposal of the same kind that most articles report (of those it may join: see `candidates`), if
-- there is one; otherwise the unspecified mentions of a kind form a proposal of their own. An arrangement of its own (a demilitarised or free economic
-- zone, a referendum) is not what "territorial demands" with no more said refer to: those join the most reported
-- withdrawal instead. proposal_id = md5 of the final merge key.
with

mentions as (
    select
        *,
        coalesce(merge_key, 'mention:' || mention_id) as own_key,
        split_part(coalesce(merge_key, ''), ':', 1) as merge_kind,
        coalesce(merge_key like '%:*', false) as is_unspecified
    from {{ ref('stg_parley__proposal_mentions') }}
),

specific_proposals as (
    select
        merge_kind,
        own_key,
        count(distinct article_id) as n_articles
    from mentions
    where not is_unspecified
      and own_key not in ('territorial:zone', 'territorial:referendum')
    group by merge_kind, own_key
),

-- a truce at sea or in the air is one of a kind: "a ceasefire", no more said, means it only in an article that names it
narrow_in_article as (
    select distinct article_id, own_key
    from mentions
    where own_key in ('ceasefire:sea', 'ceasefire:air')
),

-- the specific proposals an unspecified mention may join: any of its kind, but guarantees or an economic offer keyed
-- by their giver ("security_guarantees:us", the American ones) only take the unspecified mentions that name no
-- giver or name that one (guarantees France and Britain propose, Russia's economic offer, are others)
candidates as (
    select
        mentions.mention_id,
        specific_proposals.own_key,
        specific_proposals.n_articles
    from mentions
    inner join specific_proposals
        on mentions.is_unspecified
        and specific_proposals.merge_kind = mentions.merge_kind
    left join narrow_in_article
        on narrow_in_article.article_id = mentions.article_id
        and narrow_in_article.own_key = specific_proposals.own_key
    where (specific_proposals.own_key not in ('ceasefire:sea', 'ceasefire:air') or narrow_in_article.own_key is not null)
      and (specific_proposals.merge_kind not in ('security_guarantees', 'economic')
       or coalesce(len(mentions.proposed_by), 0) = 0
       or list_contains(mentions.proposed_by, upper(split_part(specific_proposals.own_key, ':', 2))))
),

most_reported_per_mention as (
    select mention_id, own_key as merge_key
    from (
        select
            *,
            row_number() over (partition by mention_id order by n_articles desc, own_key) as popularity
        from candidates
    )
    where popularity = 1
),

resolved as (
    select
        mentions.*,
        case
            when mentions.is_unspecified then coalesce(most_reported_per_mention.merge_key, mentions.own_key)
            else mentions.own_key
        end as final_merge_key
    from mentions
    left join most_reported_per_mention
        on mentions.mention_id = most_reported_per_mention.mention_id
),

-- keys only: int_proposals_merged reads the mention's own columns from staging
final as (
    select
        md5(final_merge_key) as proposal_id,
        mention_id,
        final_merge_key
    from resolved
)

select * from final
