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
-- An article that tells two strikes apart (same target, a day apart, at most three sentences apart, each
-- naming regions, none in common: "A missile hit Dnipro... In Odesa, a drone strike...") is believed: such a
-- "split" mention shares no plain weapon token, only 'wr:'+weapon, which it covers and which only mentions
-- naming no region reach. It still joins reports of its own regions, and of no region, with its weapon.
-- A wave that names its regions and its size (drones or missiles) says where it struck: a report of other places
-- on the same days, in another article, is another strike ("88 drones at Odesa", "126 drones at Kharkiv" the
-- next day; "a drone depot near Bryansk" beside a counted wave on a refinery in Samara). A wave is treated as a
-- split mention: its weapons link it only to reports naming no region. Reports that give the same size are one
-- wave whatever regions they name: they share a token ('n:drone:412', 'n:missile:37').
-- An article that dates two strikes of one target to two different days, at most three sentences apart ("v noči na
-- sredo ... V noči na četrtek so Kijev znova napadle": the same city and weapons a day apart) is believed too: such
-- an "exact" mention reaches only the days it covers, not one more on each side; reports of other articles still
-- reach it from theirs.
with

mentions as (
    select
        mention_id,
        article_id,
        sentence_idx,
        coalesce(target_country, '') as target_key,
        attack_date as date_from,
        {{ date_until('attack_date', 'date_precision') }} as date_to,
        weapons,
        regions,
        n_drones,
        n_missiles,
        len(weapons) = 0 and len(regions) = 0 as has_no_specifics,
        len(regions) > 0 and coalesce(n_drones, n_missiles) is not null as is_wave
    from {{ ref('stg_parley__attack_mentions') }}
    where attack_date is not null
),

-- pairs of dated mentions of one article, one target and at most three sentences apart: told by the article as
-- one report, so they tell whether its strikes are apart (other regions, other exact days)
neighbours as (
    select
        a.mention_id,
        a.regions as a_regions,
        b.regions as b_regions,
        a.date_from as a_from,
        a.date_to as a_to,
        b.date_from as b_from,
        b.date_to as b_to
    from mentions as a
    inner join mentions as b
        on a.article_id = b.article_id
        and a.target_key = b.target_key
        and a.mention_id <> b.mention_id
        and abs(a.sentence_idx - b.sentence_idx) <= 3
),

split as (
    select distinct mention_id
    from neighbours
    where a_from <= b_to + 1
        and b_from <= a_to + 1
        and len(a_regions) > 0 and len(b_regions) > 0 and not list_has_any(a_regions, b_regions)
),

exact as (
    select distinct mention_id
    from neighbours
    where a_from = a_to
        and b_from = b_to
        and a_from <> b_from
),

-- tokens a mention both reaches and covers: its weapons (unless it is split or a wave), regions and sizes
tags as (
    select mention_id, 'w:' || unnest(weapons) as tag from mentions
    where mention_id not in (select mention_id from split) and not is_wave
    union all
    select mention_id, 'r:' || unnest(regions) as tag from mentions
    union all
    select mention_id, 'n:drone:' || n_drones as tag from mentions where n_drones is not null
    union all
    select mention_id, 'n:missile:' || n_missiles as tag from mentions where n_missiles is not null
),

-- the weapons of a split mention or a wave: covered by it, reached by mentions that name no region
split_weapon_tags as (
    select mention_id, 'wr:' || unnest(weapons) as tag from mentions
    where mention_id in (select mention_id from split) or is_wave
),

regionless_weapon_tags as (
    select mention_id, 'wr:' || unnest(weapons) as tag from mentions where len(regions) = 0
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
    where mention_id not in (select mention_id from exact)
    union all
    select mention_id, target_key, has_no_specifics,
           unnest(generate_series(date_from, date_to, interval 1 day))::date as day
    from mentions
    where mention_id in (select mention_id from exact)
),

memberships as (
    select c.target_key, c.day, t.tag, c.mention_id, false as reaches, true as covers
    from covered_days as c inner join tags as t using (mention_id)
    union all
    select r.target_key, r.day, t.tag, r.mention_id, true as reaches, false as covers
    from reached_days as r inner join tags as t using (mention_id)
    union all
    select c.target_key, c.day, t.tag, c.mention_id, false as reaches, true as covers
    from covered_days as c inner join split_weapon_tags as t using (mention_id)
    union all
    select r.target_key, r.day, t.tag, r.mention_id, true as reaches, false as covers
    from reached_days as r inner join regionless_weapon_tags as t using (mention_id)
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
