with

rejected_files as (
    select * from {{ source('raw', 'rejected_files') }}
),

renamed as (
    select
        path,
        reason,
        cast(seen_at as timestamp) as seen_at
    from rejected_files
)

select * from renamed
