-- When the assignment last tried a waiting delivery and found no rider; the sweep takes the least recently tried
-- first (never tried before all), so deliveries no rider can take do not hold back the rest. Cleared whenever the
-- delivery's status changes.
alter table delivery add column assignment_tried_at timestamptz;
create index delivery_waiting_idx on delivery (assignment_tried_at nulls first, updated_at, id)
    where status = 'UNASSIGNED';

-- When the rider should arrive: the time the last location was received plus its ETA (a phone's fix may be old).
alter table delivery add column eta_at timestamptz;
update delivery set eta_at = last_location_at + eta_minutes * interval '1 minute'
    where eta_minutes is not null and last_location_at is not null;
