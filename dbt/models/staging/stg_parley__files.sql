-- Every version of every file seen, with the article it held or the reason it was rejected.
with

files as (
    select * from {{ source('raw', 'files') }}
),

renamed as (
    select
        path,
        cast(size as bigint) as size_bytes,
        cast(mtime_ns as bigint) as mtime_ns,
        file_hash,
        article_id,
        reason as rejection_reason,
        cast(seen_at as timestamp) as seen_at
    from files
)

select * from renamed
