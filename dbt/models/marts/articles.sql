with

articles as (
    select * from {{ ref('stg_parley__articles') }}
),

final as (
    select
        article_id,
        source_path,
        published_date,
        language,
        title,
        n_chars,
        source_kind,
        n_sentences
    from articles
)

select * from final
