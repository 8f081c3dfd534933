with

failures as (
    select * from {{ source('extract', 'failures') }}
),

renamed as (
    select
        article_id,
        extractor_version,
        error
    from failures
)

select * from renamed
