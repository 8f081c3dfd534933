-- Every attack mention -> the attack (or attack wave) it reports.
-- Dated mentions of the same target country are one attack when their dates are at most a day apart and
-- their weapons or regions overlap (or either names no weapon and no region); the relation is closed
-- transitively (connected components). Undated mentions stay alone.
-- Near-linear: each mention is spread over the days it covers, and candidate pairs meet on
-- (target country, day) with an equi-join; the components are found by a recursive walk over the pairs.
-- attack_id = md5 of the smallest mention_id of the component.
with recursive

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

-- the days each mention covers ...
days_covered as (
    select mention_id, target_key, unnest(generate_series(date_from, date_to, interval 1 day))::date as day
    from dated
),

-- ... and the days it reaches with a day of tolerance on each side
days_reached as (
    select mention_id, target_key,
           unnest(generate_series(date_from - 1, date_to + 1, interval 1 day))::date as day
    from dated
),

near_pairs as (
    select distinct r.mention_id as mention_a, c.mention_id as mention_b
    from days_reached as r
    inner join days_covered as c
        on c.target_key = r.target_key
        and c.day = r.day
    where r.mention_id <> c.mention_id
),

edges as (
    select near_pairs.mention_a, near_pairs.mention_b
    from near_pairs
    inner join dated as a on a.mention_id = near_pairs.mention_a
    inner join dated as b on b.mention_id = near_pairs.mention_b
    where len(list_intersect(a.weapons, b.weapons)) > 0
        or len(list_intersect(a.regions, b.regions)) > 0
        or a.has_no_specifics
        or b.has_no_specifics
),

reachable(mention_id, reached) as (
    select mention_id, mention_id from dated
    union
    select edges.mention_b, reachable.reached
    from reachable
    inner join edges on edges.mention_a = reachable.mention_id
),

components as (
    select mention_id, min(reached) as component
    from reachable
    group by mention_id
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
