-- Dated meeting mentions -> clusters (rules a and b of the merging).
--   a. Mentions with a city: per (city, country), islands of overlapping dates with 1 day of tolerance
--      (gaps-and-islands: a new island starts when a mention begins more than a day after the latest end
--      seen so far in date order).
--      Only mentions dated to the day make islands: a month ("late January in Abu Dhabi") would bridge two
--      meetings of one city a week apart. A coarser mention joins the day-dated cluster of its city that
--      overlaps it, the one with most mentions; if none, it is one cluster with the coarse mentions of its
--      city that start on the same date.
--   b. Mentions with a country but no city: join the city cluster of the same country whose dates overlap
--      (+-1 day), the one with most mentions if several; if none, islands among themselves per country.
with

mentions as (
    select
        mention_id,
        city,
        country_code,
        coalesce(start_date, end_date) as date_from,
        coalesce(end_date, start_date) as date_to,
        coalesce(date_precision, 'day') = 'day' as by_day
    from {{ ref('stg_parley__meeting_mentions') }}
    where coalesce(start_date, end_date) is not null
),

-- a. ------------------------------------------------------------------------------------------------
with_city as (
    select * from mentions where city is not null and by_day
),

with_city_running_end as (
    select
        *,
        max(date_to) over (
            partition by city, country_code
            order by date_from, date_to, mention_id
            rows between unbounded preceding and 1 preceding
        ) as running_end
    from with_city
),

with_city_islands as (
    select
        *,
        sum(case when running_end is null or date_from > running_end + 1 then 1 else 0 end) over (
            partition by city, country_code
            order by date_from, date_to, mention_id
            rows between unbounded preceding and current row
        ) as island
    from with_city_running_end
),

city_clustered as (
    select
        mention_id,
        'city|' || city || '|' || coalesce(country_code, '') || '|' || island as cluster_key,
        'a_city_dates' as clustered_by
    from with_city_islands
),

city_clusters as (
    select
        c.cluster_key,
        any_value(m.city) as city,
        any_value(m.country_code) as country_code,
        min(m.date_from) as cluster_from,
        max(m.date_to) as cluster_to,
        count(*) as n_mentions
    from city_clustered as c
    inner join with_city as m using (mention_id)
    group by c.cluster_key
),

coarse_city_candidates as (
    select
        m.mention_id,
        c.cluster_key,
        row_number() over (
            partition by m.mention_id
            order by c.n_mentions desc, c.cluster_from, c.cluster_key
        ) as preference
    from mentions as m
    inner join city_clusters as c
        on c.city = m.city
        and c.country_code is not distinct from m.country_code
        and c.cluster_from <= m.date_to + 1
        and c.cluster_to >= m.date_from - 1
    where m.city is not null and not m.by_day
),

coarse_city_clustered as (
    select
        m.mention_id,
        coalesce(
            j.cluster_key,
            'city|' || m.city || '|' || coalesce(m.country_code, '') || '|coarse|' || m.date_from
        ) as cluster_key,
        case when j.cluster_key is null then 'a_city_coarse' else 'a_city_coarse_joined' end as clustered_by
    from mentions as m
    left join coarse_city_candidates as j
        on j.mention_id = m.mention_id and j.preference = 1
    where m.city is not null and not m.by_day
),

-- b. ------------------------------------------------------------------------------------------------
country_only as (
    select * from mentions where city is null
),

country_only_candidates as (
    select
        m.mention_id,
        c.cluster_key,
        row_number() over (
            partition by m.mention_id
            order by c.n_mentions desc, c.cluster_from, c.cluster_key
        ) as preference
    from country_only as m
    inner join city_clusters as c
        on c.country_code = m.country_code
        and c.cluster_from <= m.date_to + 1
        and c.cluster_to >= m.date_from - 1
),

country_only_joined as (
    select
        mention_id,
        cluster_key,
        'b_country_dates_joined_city' as clustered_by
    from country_only_candidates
    where preference = 1
),

country_only_alone as (
    select * from country_only
    where mention_id not in (select mention_id from country_only_joined)
),

country_only_running_end as (
    select
        *,
        max(date_to) over (
            partition by country_code
            order by date_from, date_to, mention_id
            rows between unbounded preceding and 1 preceding
        ) as running_end
    from country_only_alone
),

country_only_islands as (
    select
        *,
        sum(case when running_end is null or date_from > running_end + 1 then 1 else 0 end) over (
            partition by country_code
            order by date_from, date_to, mention_id
            rows between unbounded preceding and current row
        ) as island
    from country_only_running_end
),

country_only_clustered as (
    select
        mention_id,
        'country|' || coalesce(country_code, '') || '|' || island as cluster_key,
        'b_country_dates' as clustered_by
    from country_only_islands
),

final as (
    select * from city_clustered
    union all
    select * from coarse_city_clustered
    union all
    select * from country_only_joined
    union all
    select * from country_only_clustered
)

select * from final
