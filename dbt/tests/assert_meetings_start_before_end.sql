-- A dated meeting starts on or before the day it ends, and has a precision.
select meeting_id, start_date, end_date, date_precision
from {{ ref('meetings') }}
where start_date > end_date
   or (start_date is null) <> (end_date is null)
   or (start_date is not null and date_precision is null)
