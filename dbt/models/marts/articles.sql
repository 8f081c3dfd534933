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
    -- an article with no text left once cleaned is listed in marts.rejected_files instead
    where n_chars > 0
)

-- a stable row order: two runs leave the same table, row by row
select * from final
order by published_date nulls last, article_id
