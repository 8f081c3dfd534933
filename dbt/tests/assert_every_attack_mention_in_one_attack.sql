{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'int_attack_mentions_clustered'}}}) }}  {#- on intermediate models: a failure must not skip the marts #}
-- The merging neither loses nor duplicates an attack mention.
with

mentions as (
    select mention_id from {{ ref('stg_parley__attack_mentions') }}
),

clustered as (
    select mention_id, count(*) as n_attacks
    from {{ ref('int_attack_mentions_clustered') }}
    group by mention_id
)

select mentions.mention_id, clustered.n_attacks
from mentions
left join clustered using (mention_id)
where clustered.n_attacks is distinct from 1
