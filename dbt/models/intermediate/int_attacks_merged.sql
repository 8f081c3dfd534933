-- One row per attack: the attributes of its mentions combined.
with

mentions as (
    select * from {{ ref('int_attack_mentions_clustered') }}
),

dates as (
    select attack_id, date_from as attack_date, date_precision
    from ({{ finest_dates('mentions', 'attack_id') }})
),

attacker as (
    {{ most_frequent('mentions', 'attack_id', 'attacker_country') }}
),

target as (
    {{ most_frequent('mentions', 'attack_id', 'target_country') }}
),

target_type as (
    {{ most_frequent('mentions', 'attack_id', 'target_type', prefer='energy') }}
),

grouped as (
    select
        attack_id,
        {{ list_union('weapons') }} as weapons,
        max(n_drones) as n_drones,
        max(n_missiles) as n_missiles,
        max(killed) as killed,
        max(injured) as injured,
        {{ list_union('regions') }} as regions,
        count(distinct article_id) as n_articles,
        list_sort(list(mention_id)) as mention_ids,
        list_sort(list(distinct article_id)) as article_ids
    from mentions
    group by attack_id
),

-- The evidence: the mention with most specifics (counts, date), from the earliest article.
evidence as (
    select attack_id, best.evidence, best.article_id as evidence_article_id,
           best.sentence_idx as evidence_sentence_idx
    from (
        select
            attack_id,
            first(
                struct_pack(evidence, article_id, sentence_idx)
                order by (coalesce(n_drones, n_missiles, killed, injured) is not null) desc,
                         (date_from is not null) desc, published_date nulls last, article_id, sentence_idx,
                         mention_id
            ) as best
        from mentions
        group by attack_id
    )
),

final as (
    select
        grouped.attack_id,
        dates.attack_date,
        dates.date_precision,
        attacker.attacker_country,
        target.target_country,
        coalesce(target_type.target_type, 'unknown') as target_type,
        grouped.weapons,
        grouped.n_drones,
        grouped.n_missiles,
        grouped.killed,
        grouped.injured,
        grouped.regions,
        grouped.n_articles,
        evidence.evidence,
        evidence.evidence_article_id,
        evidence.evidence_sentence_idx,
        grouped.mention_ids,
        grouped.article_ids
    from grouped
    left join dates using (attack_id)
    left join attacker using (attack_id)
    left join target using (attack_id)
    left join target_type using (attack_id)
    left join evidence using (attack_id)
)

select * from final
