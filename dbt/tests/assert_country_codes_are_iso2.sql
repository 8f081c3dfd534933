{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'meetings'}}}) }}
-- Country codes are ISO 3166-1 alpha-2: two capital letters. (In Dagster a check has one asset: meetings.)
with

codes as (
    select 'meetings.country_code' as col, country_code as code from {{ ref('meetings') }}
    union all
    select 'meetings.parties', unnest(parties) from {{ ref('meetings') }}
    union all
    select 'participants.country_code', country_code from {{ ref('participants') }}
    union all
    select 'proposals.proposed_by', unnest(proposed_by) from {{ ref('proposals') }}
    union all
    select 'proposals.supported_by', unnest(supported_by) from {{ ref('proposals') }}
    union all
    select 'proposals.rejected_by', unnest(rejected_by) from {{ ref('proposals') }}
    union all
    select 'attacks.attacker_country', attacker_country from {{ ref('attacks') }}
    union all
    select 'attacks.target_country', target_country from {{ ref('attacks') }}
)

select col, code
from codes
where code is not null and not regexp_full_match(code, '[A-Z]{2}')
