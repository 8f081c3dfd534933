-- A country that proposed something is listed as its proposer, not also as a supporter.
select proposal_id, proposed_by, supported_by
from {{ ref('proposals') }}
where len(list_intersect(proposed_by, supported_by)) > 0
