-- Links between dated attack mentions, in linear size, for the connected components of
-- int_attack_components. Two dated mentions of the same target country belong to one attack when one
-- reaches (its dates +-1 day) a day the other covers, and their weapons or regions overlap, or either names
-- neither. Instead of every such pair (quadratic in the mentions of a day), each mention joins "tokens":
--   (target, day, 'w:'||weapon), (target, day, 'r:'||region): reached and covered with that weapon/region;
--   (target, day, 'any'): reached by every mention, covered by mentions with no specifics;
--   (target, day, 'nospec'): reached by mentions with no specifics, covered by every mention.
-- Every (reacher, coverer) pair of a token is a valid pair, and every valid pair shares a token, so the
-- members of a token with at least one reacher and one coverer are one component: each member is linked to
-- the token's smallest member (a star), and the components are the same as with every pair.
with

mentions as (
    select
        mention_id,
        coalesce(target_country, '') as target_key,
        attack_date as date_from,
        {{ date_until('attack_date', 'date_precision') }} as date_to,
        weapons,
        regions,
        len(weapons) = 0 and len(regions) = 0 as has_no_specifics
    from {{ ref('stg_parley__attack_mentions') }}
    where attack_date is not null
),

tags as (
    select mention_id, 'w:' || unnest(weapons) as tag from mentions
    union all
    select mention_id, 'r:' || unnest(regions) as tag from mentions
),

covered_days as (
    select mention_id, target_key, has_no_specifics,
           unnest(generate_series(date_from, date_to, interval 1 day))::date as day
    from mentions
),

reached_days as (
    select mention_id, target_key, has_no_specifics,
           unnest(generate_series(date_from - 1, date_to + 1, interval 1 day))::date as day
    from mentions
),

memberships as (
    select c.target_key, c.day, t.tag, c.mention_id, false as reaches, true as covers
    from covered_days as c inner join tags as t using (mention_id)
    union all
    select r.target_key, r.day, t.tag, r.mention_id, true as reaches, false as covers
    from reached_days as r inner join tags as t using (mention_id)
    union all
    select target_key, day, 'any' as tag, mention_id, false as reaches, true as covers
    from covered_days where has_no_specifics
    union all
    select target_key, day, 'any' as tag, mention_id, true as reaches, false as covers
    from reached_days
    union all
    select target_key, day, 'nospec' as tag, mention_id, false as reaches, true as covers
    from covered_days
    union all
    select target_key, day, 'nospec' as tag, mention_id, true as reaches, false as covers
    from reached_days where has_no_specifics
),

tokens as (
    select target_key, day, tag, min(mention_id) as hub
    from memberships
    group by target_key, day, tag
    having bool_or(reaches) and bool_or(covers) and count(distinct mention_id) > 1
),

final as (
    select distinct memberships.mention_id, tokens.hub
    from memberships
    inner join tokens using (target_key, day, tag)
    where memberships.mention_id <> tokens.hub
)

select * from final
