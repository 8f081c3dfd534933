-- Every meeting mention -> the meeting it reports (rules c and d, on top of the dated clusters of a and b).
--   c. Undated mentions with a window (the span the meeting can fall in) join the dated cluster of the same
--      city (or, when their city is NULL, of the same country) whose start falls inside the window, the one
--      nearest to the mention's publication date; if none, they cluster with the other undated mentions of
--      the same (city, country, status).
--   d. Undated mentions without a window join a cluster of the same city only when they share a participant
--      with it and their parties do not conflict; otherwise each is a meeting of its own.
-- meeting_id = md5 of the smallest mention_id of the cluster: stable for the same input.
with

mentions as (
    select
        *,
        coalesce(start_date, end_date) as date_from,
        coalesce(end_date, start_date) as date_to
    from {{ ref('stg_parley__meeting_mentions') }}
),

dated_clustered as (
    select * from {{ ref('int_meeting_mentions_dated_clustered') }}
),

dated as (
    select mentions.*, dated_clustered.cluster_key, dated_clustered.clustered_by
    from mentions
    inner join dated_clustered using (mention_id)
),

dated_clusters as (
    select
        cluster_key,
        max(city) as city,
        max(country_code) as country_code,
        min(date_from) as cluster_from,
        count(*) as n_mentions
    from dated
    group by cluster_key
),

-- c. ------------------------------------------------------------------------------------------------
windowed as (
    select * from mentions
    where date_from is null and (window_start is not null or window_end is not null)
),

windowed_same_city as (
    select w.mention_id, w.published_date, c.cluster_key, c.cluster_from, c.n_mentions
    from windowed as w
    inner join dated_clusters as c
        on c.city = w.city
        and (w.country_code is null or c.country_code = w.country_code)
    where c.cluster_from between coalesce(w.window_start, c.cluster_from)
                             and coalesce(w.window_end, c.cluster_from)
),

windowed_same_country as (
    select w.mention_id, w.published_date, c.cluster_key, c.cluster_from, c.n_mentions
    from windowed as w
    inner join dated_clusters as c
        on c.country_code = w.country_code
    where w.city is null
        and c.cluster_from between coalesce(w.window_start, c.cluster_from)
                               and coalesce(w.window_end, c.cluster_from)
),

windowed_candidates as (
    select
        *,
        row_number() over (
            partition by mention_id
            order by abs(cluster_from - coalesce(published_date, cluster_from)), n_mentions desc, cluster_key
        ) as preference
    from (
        select * from windowed_same_city
        union all
        select * from windowed_same_country
    )
),

windowed_joined as (
    select
        windowed.*,
        windowed_candidates.cluster_key,
        'c_window_joined_dated' as clustered_by
    from windowed
    inner join windowed_candidates using (mention_id)
    where windowed_candidates.preference = 1
),

windowed_alone as (
    select
        *,
        'window|' || coalesce(city, '') || '|' || coalesce(country_code, '') || '|' || coalesce(status, '')
            as cluster_key,
        'c_window_same_place_status' as clustered_by
    from windowed
    where mention_id not in (select mention_id from windowed_joined)
),

clustered_so_far as (
    select * from dated
    union all by name
    select * from windowed_joined
    union all by name
    select * from windowed_alone
),

clusters_so_far as (
    select
        cluster_key,
        max(city) as city,
        max(country_code) as country_code,
        count(*) as n_mentions,
        {{ list_union('participant_ids') }} as participant_ids,
        {{ list_union('parties') }} as parties
    from clustered_so_far
    group by cluster_key
),

-- d. ------------------------------------------------------------------------------------------------
loose as (
    select * from mentions
    where date_from is null and window_start is null and window_end is null
),

loose_candidates as (
    select
        l.mention_id,
        c.cluster_key,
        row_number() over (
            partition by l.mention_id
            order by len(list_intersect(l.participant_ids, c.participant_ids)) desc, c.n_mentions desc,
                     c.cluster_key
        ) as preference
    from loose as l
    inner join clusters_so_far as c
        on c.city = l.city
        and (l.country_code is null or c.country_code is null or c.country_code = l.country_code)
    where len(list_intersect(l.participant_ids, c.participant_ids)) > 0
        -- a party conflict: each side has a party the other lacks, and both name at least two
        and not (
            len(l.parties) >= 2 and len(c.parties) >= 2
            and not list_has_all(l.parties, c.parties)
            and not list_has_all(c.parties, l.parties)
        )
),

loose_joined as (
    select
        loose.*,
        loose_candidates.cluster_key,
        'd_shared_participant' as clustered_by
    from loose
    inner join loose_candidates using (mention_id)
    where loose_candidates.preference = 1
),

loose_alone as (
    select
        *,
        'single|' || mention_id as cluster_key,
        'd_alone' as clustered_by
    from loose
    where mention_id not in (select mention_id from loose_joined)
),

all_clustered as (
    select * from clustered_so_far
    union all by name
    select * from loose_joined
    union all by name
    select * from loose_alone
),

-- a group-by joined back: cheaper than a window over every column of every mention
meeting_ids as (
    select cluster_key, md5(min(mention_id)) as meeting_id
    from all_clustered
    group by cluster_key
),

-- keys only: the mention's own columns are read from staging by the models downstream (at 100,000 articles,
-- writing every column of every mention again was half of this model's time)
final as (
    select
        meeting_ids.meeting_id,
        all_clustered.mention_id,
        all_clustered.cluster_key,
        all_clustered.clustered_by
    from all_clustered
    inner join meeting_ids on meeting_ids.cluster_key is not distinct from all_clustered.cluster_key
)

select * from final
