with

entity_mentions as (
    select * from {{ source('extract', 'entity_mentions') }}
    where article_id not in ({{ superseded_article_ids() }})
),

renamed as (
    select
        article_id,
        cast(sentence_idx as integer) as sentence_idx,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        surface,
        entity_type,
        entity_id,
        canonical_name,
        country_code
    from entity_mentions
)

select * from renamed
