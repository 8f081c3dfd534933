with

attack_mentions as (
    select * from {{ source('extract', 'attack_mentions') }}
    where article_id not in ({{ superseded_article_ids() }})
),

renamed as (
    select
        mention_id,
        article_id,
        cast(sentence_idx as integer) as sentence_idx,
        evidence,
        cast(published_date as date) as published_date,
        cast(attack_date as date) as attack_date,
        date_precision,
        attacker_country,
        target_country,
        target_type,
        coalesce(weapons, []::varchar[]) as weapons,
        cast(n_drones as integer) as n_drones,
        cast(n_missiles as integer) as n_missiles,
        cast(killed as integer) as killed,
        cast(injured as integer) as injured,
        coalesce(regions, []::varchar[]) as regions
    from attack_mentions
)

select * from renamed
