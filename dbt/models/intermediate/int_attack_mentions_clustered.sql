-- Every attack mention -> the attack (or attack wave) it reports.
-- Dated mentions of the same target country are one attack when their dates are at most a day apart and
-- their weapons or regions overlap (or either names no weapon and no region), except that two strikes an
-- article tells apart (nearby sentences, each naming regions, none in common) are not linked by a weapon
-- alone, nor is a wave that names its regions and size to a report of other places; reports giving the same size
-- are linked; the relation is closed transitively (connected components). Undated mentions stay alone.
-- Linear: instead of every candidate pair, mentions meet on (target country, day, weapon|region|any)
-- tokens (int_attack_mention_links), and the components are found by union-find (int_attack_components).
-- attack_id = md5 of the smallest mention_id of the component.
with

mentions as (
    select
        *,
        attack_date as date_from,
        {{ date_until('attack_date', 'date_precision') }} as date_to,
        coalesce(target_country, '') as target_key,
        len(weapons) = 0 and len(regions) = 0 as has_no_specifics
    from {{ ref('stg_parley__attack_mentions') }}
),

dated as (
    select * from mentions where date_from is not null
),

-- the components of the links between dated mentions (int_attack_mention_links, int_attack_components)
components as (
    select mention_id, component from {{ ref('int_attack_components') }}
),

final as (
    select
        md5(coalesce(components.component, mentions.mention_id)) as attack_id,
        case when components.component is null then 'undated_alone' else 'dated_component' end
            as clustered_by,
        mentions.*
    from mentions
    left join components using (mention_id)
)

select * from final
