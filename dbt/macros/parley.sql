{#- Small SQL helpers. They take column and relation names only: article text is data, never Jinja. -#}

{#- Article ids of superseded articles (their file now holds other content): staging drops them. -#}
{% macro superseded_article_ids() -%}
    select article_id from {{ source('raw', 'articles') }} where superseded_at is not null
{%- endmacro %}

{#- The most frequent non-null value of `column` per `key` in `relation`; ties go to `prefer` (a value that
    wins ties, optional), then to the smallest value, so the result never depends on row order. -#}
{% macro most_frequent(relation, key, column, prefer=none) -%}
    select {{ key }}, {{ column }}
    from (
        select
            {{ key }},
            {{ column }},
            row_number() over (
                partition by {{ key }}
                order by
                    count(*) desc,
                    {% if prefer is not none %}({{ column }} = '{{ prefer }}') desc,{% endif %}
                    {{ column }}
            ) as vote_rank
        from {{ relation }}
        where {{ column }} is not null
        group by {{ key }}, {{ column }}
    )
    where vote_rank = 1
{%- endmacro %}

{#- Union of the varchar[] column over a group: distinct, sorted, [] when empty. -#}
{% macro list_union(column) -%}
    coalesce(list_sort(list_distinct(flatten(list({{ column }})))), []::varchar[])
{%- endmacro %}

{#- Rank of a date precision: the finer, the smaller. -#}
{% macro precision_rank(column) -%}
    case {{ column }} when 'day' then 1 when 'month' then 2 when 'year' then 3 else 4 end
{%- endmacro %}

{#- The last day a mention's date can mean, given its precision. -#}
{% macro date_until(date_column, precision_column) -%}
    case {{ precision_column }}
        when 'month' then last_day({{ date_column }})
        when 'year' then make_date(year({{ date_column }}), 12, 31)
        else {{ date_column }}
    end
{%- endmacro %}

{#- Per key, the dates of the mentions of the finest precision present: a day-precise report is not
    widened by one that only knows the month, nor by one that only knows the week ("last week", "this week": a
    span of days longer than a meeting's, which ranks between a day and a month). Columns: key, date_from (min),
    date_to (max), date_precision. -#}
{% macro finest_dates(relation, key) -%}
    select
        {{ key }},
        min(date_from) as date_from,
        max(date_to) as date_to,
        case min(precision_rank) when 1 then 'day' when 1.5 then 'day' when 2 then 'month' when 3 then 'year' end
            as date_precision
    from (
        select
            {{ key }},
            date_from,
            date_to,
            precision_rank,
            min(precision_rank) over (partition by {{ key }}) as finest_rank
        from (
            select
                *,
                case when date_precision = 'day' and date_to - date_from > 3 then 1.5
                     else {{ precision_rank('date_precision') }} end as precision_rank
            from {{ relation }}
            where date_from is not null
        )
    )
    where precision_rank = finest_rank
    group by {{ key }}
{%- endmacro %}
