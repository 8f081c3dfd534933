-- Files whose latest version could not be loaded, with the reason; one row per path. A file that was
-- rejected and later fixed leaves this table (its history stays in raw.rejected_files).
-- Besides the rejections of the raw step (empty, binary, not decodable, too large, ...), a file whose text
-- is empty once cleaned (a web page with no article in it, only menus, banners and links; a text of only
-- invisible characters) is listed here too, and is not in marts.articles.
with

rejections as (
    select * from {{ ref('stg_parley__rejected_files') }}
),

files as (
    select * from {{ ref('stg_parley__files') }}
),

articles as (
    select * from {{ ref('stg_parley__articles') }}
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

no_article_text as (
    select
        latest_file_versions.path,
        case articles.source_kind
            when 'html' then 'no article in the web page: only navigation, banners, links or comments'
            else 'no article text: nothing is left once invisible and control characters are removed'
        end as reason,
        latest_file_versions.seen_at
    from articles
    inner join latest_file_versions using (article_id)
    where articles.n_chars = 0
),

final as (
    select path, reason, seen_at from latest_rejection
    union all
    select path, reason, seen_at from no_article_text
)

-- a stable row order: two runs leave the same table, row by row
select * from final
order by path
