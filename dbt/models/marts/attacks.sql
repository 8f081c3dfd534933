with

attacks as (
    select * from {{ ref('int_attacks_merged') }}
),

final as (
    select
        attack_id,
        attack_date,
        date_precision,
        attacker_country,
        target_country,
        target_type,
        weapons,
        cast(n_drones as integer) as n_drones,
        cast(n_missiles as integer) as n_missiles,
        cast(killed as integer) as killed,
        cast(injured as integer) as injured,
        regions,
        cast(n_articles as integer) as n_articles,
        evidence,
        evidence_article_id,
        evidence_sentence_idx,
        mention_ids,
        article_ids
    from attacks
)

-- a stable row order: two runs leave the same table, row by row
select * from final
order by attack_date nulls last, attack_id
