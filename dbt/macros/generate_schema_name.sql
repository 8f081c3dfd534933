{#- Models go to the schema named in dbt_project.yml (staging, intermediate, marts), not to
    "<target schema>_<name>": the contract promises `marts.meetings`, not `main_marts.meetings`. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
