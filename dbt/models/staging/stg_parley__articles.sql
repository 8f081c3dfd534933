-- One row per live article: clean.articles without the superseded ones. The text stays out of dbt.
with

clean_articles as (
    select * from {{ source('clean', 'articles') }}
),

live as (
    select *
    from clean_articles
    where article_id not in ({{ superseded_article_ids() }})
),

renamed as (
    select
        article_id,
        source_path,
        kind as source_kind,
        cast(published_date as date) as published_date,
        language,
        title,
        cast(n_chars as integer) as n_chars,
        cast(n_sentences as integer) as n_sentences
    from live
)

select * from renamed
