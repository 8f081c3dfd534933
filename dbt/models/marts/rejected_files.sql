-- Files whose latest version could not be loaded, with the reason; one row per path. A file that was
-- rejected and later fixed leaves this table (its history stays in raw.rejected_files).
with

rejections as (
    select * from {{ ref('stg_parley__rejected_files') }}
),

files as (
    select * from {{ ref('stg_parley__files') }}
),

latest_file_versions as (
    select *
    from files
    qualify row_number() over (partition by path order by seen_at desc, mtime_ns desc) = 1
),

still_rejected as (
    select rejections.*
    from rejections
    inner join latest_file_versions using (path)
    where latest_file_versions.rejection_reason is not null
),

latest_rejection as (
    select *
    from still_rejected
    qualify row_number() over (partition by path order by seen_at desc) = 1
),

final as (
    select
        path,
        reason,
        seen_at
    from latest_rejection
)

select * from final
