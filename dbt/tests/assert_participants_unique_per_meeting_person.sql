-- One row per person per meeting.
select meeting_id, person_id, count(*) as n_rows
from {{ ref('participants') }}
group by meeting_id, person_id
having count(*) > 1
