{{ config(severity='warn') }}
-- Weapons come from a closed list.
select attack_id, weapons
from {{ ref('attacks') }}
where len(list_filter(weapons, lambda w: w not in ('drone', 'missile', 'artillery', 'glide_bomb'))) > 0
