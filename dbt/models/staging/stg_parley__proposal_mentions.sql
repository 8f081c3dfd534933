with

proposal_mentions as (
    select * from {{ source('extract', 'proposal_mentions') }}
    where article_id not in ({{ superseded_article_ids() }})
),

renamed as (
    select
        mention_id,
        article_id,
        cast(sentence_idx as integer) as sentence_idx,
        evidence,
        cast(published_date as date) as published_date,
        kind,
        name,
        cast(n_points as integer) as n_points,
        scope,
        merge_key,
        coalesce(proposed_by, []::varchar[]) as proposed_by,
        coalesce(supported_by, []::varchar[]) as supported_by,
        coalesce(rejected_by, []::varchar[]) as rejected_by,
        cast(mention_date as date) as mention_date
    from proposal_mentions
)

select * from renamed
