{#- Models go to the schema named in dbt_project.yml (staging, intermediate, marts), not to
    "<target schema>_<name>": the contract promises `marts.meetings`, not `main_marts.meetings`.
    During a run the marts are built into PARLEY_MARTS_SCHEMA (the Dagster asset sets it to `marts_next`)
    and published to `marts` in one transaction once every model and test has passed (see
    dagster_project/assets/dbt.py): a run killed half-way through dbt never leaves marts of two runs side
    by side. Without the variable (a bare `dbt build`, `dbt docs generate`) the schema is `marts`. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- elif custom_schema_name | trim == 'marts' -%}
        {{ env_var('PARLEY_MARTS_SCHEMA', 'marts') }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
