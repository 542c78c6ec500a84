-- What other services may report on, as versioned views in the reporting schema (read on a replica by the admin
-- service). A _v1 view only ever gains columns; an incompatible change adds a _v2 next to it. No addresses,
-- coordinates, phone numbers, doorstep codes, riders' notes or full names: customers by opaque user id only,
-- riders by id and first name.
create schema if not exists reporting;

create view reporting.zones_v1 as
select z.id                       as zone_id,
       z.name                     as name,
       z.hub                      as hub,
       z.delivery_fee             as delivery_fee_paise,
       z.free_delivery_threshold  as free_delivery_threshold_paise,
       z.minimum_order_value      as minimum_order_value_paise,
       z.created_at               as created_at
from zone z;

comment on view reporting.zones_v1 is 'One row per delivery zone, with its current charges.';
comment on column reporting.zones_v1.zone_id is 'The zone''s id.';
comment on column reporting.zones_v1.name is 'The zone''s name as operators gave it.';
comment on column reporting.zones_v1.hub is 'The hub (dark store) the zone''s orders leave from, as operators named it.';
comment on column reporting.zones_v1.delivery_fee_paise is 'The delivery fee charged now on orders below the free-delivery threshold, in paise.';
comment on column reporting.zones_v1.free_delivery_threshold_paise is 'Order value from which delivery is free now, in paise.';
comment on column reporting.zones_v1.minimum_order_value_paise is 'The smallest order value accepted now, in paise.';
comment on column reporting.zones_v1.created_at is 'When the zone was created.';

create view reporting.slots_v1 as
select s.id                                                   as slot_id,
       s.zone_id                                              as zone_id,
       s.delivery_date                                        as delivery_date,
       (s.starts_at at time zone 'Asia/Kolkata')::time        as start_time,
       (s.ends_at at time zone 'Asia/Kolkata')::time          as end_time,
       s.starts_at                                            as starts_at,
       s.ends_at                                              as ends_at,
       s.starts_at - make_interval(mins => s.cutoff_minutes)  as cutoff_at,
       s.capacity                                             as capacity,
       s.booked                                               as booked,
       coalesce(b.held, 0)::integer                           as held,
       coalesce(b.confirmed, 0)::integer                      as confirmed,
       s.capacity - s.booked                                  as free
from slot s
left join (select slot_id,
                  count(*) filter (where status = 'HELD')      as held,
                  count(*) filter (where status = 'CONFIRMED') as confirmed
           from slot_booking
           where status in ('HELD', 'CONFIRMED')
           group by slot_id) b on b.slot_id = s.id;

comment on view reporting.slots_v1 is
    'One row per delivery slot (a zone''s window on one day), with how many of its places are taken. Utilisation is '
    'booked / capacity; confirmed / capacity counts only orders that were placed.';
comment on column reporting.slots_v1.slot_id is 'The slot''s id.';
comment on column reporting.slots_v1.zone_id is 'The zone the slot delivers to (reporting.zones_v1.zone_id).';
comment on column reporting.slots_v1.delivery_date is 'The calendar day of the slot in Asia/Kolkata.';
comment on column reporting.slots_v1.start_time is 'Wall-clock start of the window in Asia/Kolkata, e.g. 09:00.';
comment on column reporting.slots_v1.end_time is 'Wall-clock end of the window in Asia/Kolkata.';
comment on column reporting.slots_v1.starts_at is 'The instant the window starts.';
comment on column reporting.slots_v1.ends_at is 'The instant the window ends; a delivery handed over by then is on time.';
comment on column reporting.slots_v1.cutoff_at is 'The last instant the slot could be booked.';
comment on column reporting.slots_v1.capacity is 'How many orders the slot takes.';
comment on column reporting.slots_v1.booked is 'Places taken now: bookings HELD for an order awaiting confirmation plus CONFIRMED ones; a released booking gives its place back.';
comment on column reporting.slots_v1.held is 'Bookings HELD now for an order not yet confirmed (they lapse if the order is not placed in time).';
comment on column reporting.slots_v1.confirmed is 'Bookings CONFIRMED: orders placed for this slot and not released since (a cancelled order releases its booking).';
comment on column reporting.slots_v1.free is 'Places still free: capacity minus booked.';

create view reporting.riders_v1 as
select r.id                                   as rider_id,
       r.user_id                              as user_id,
       split_part(btrim(r.name), ' ', 1)      as first_name,
       r.zone_id                              as zone_id,
       r.active                               as active,
       r.capacity                             as capacity,
       r.shift_start                          as shift_start,
       r.shift_end                            as shift_end,
       r.open_count                           as open_deliveries,
       r.last_assigned_at                     as last_assigned_at,
       r.created_at                           as created_at
from rider r;

comment on view reporting.riders_v1 is
    'One row per rider, as now (a rider moved to another zone shows only the new zone). Join reporting.deliveries_v1 '
    'on rider_id for a rider''s deliveries.';
comment on column reporting.riders_v1.rider_id is 'The rider''s id.';
comment on column reporting.riders_v1.user_id is 'The user service''s opaque id of the rider''s login; null until the rider registered.';
comment on column reporting.riders_v1.first_name is 'The rider''s first name (the first word of the name), as customers see it.';
comment on column reporting.riders_v1.zone_id is 'The zone the rider delivers in now (reporting.zones_v1.zone_id).';
comment on column reporting.riders_v1.active is 'Whether the rider may be given deliveries now.';
comment on column reporting.riders_v1.capacity is 'How many deliveries the rider may hold at once.';
comment on column reporting.riders_v1.shift_start is 'Start of the rider''s daily shift, wall-clock time in Asia/Kolkata.';
comment on column reporting.riders_v1.shift_end is 'End of the rider''s daily shift, wall-clock time in Asia/Kolkata.';
comment on column reporting.riders_v1.open_deliveries is 'Deliveries the rider holds now (ASSIGNED up to ARRIVED).';
comment on column reporting.riders_v1.last_assigned_at is 'When the rider was last given a delivery; null if never.';
comment on column reporting.riders_v1.created_at is 'When the rider was added.';

create view reporting.deliveries_v1 as
select d.id                                   as delivery_id,
       d.order_id                             as order_id,
       d.order_number                         as order_number,
       d.customer_id                          as customer_id,
       d.zone_id                              as zone_id,
       d.slot_id                              as slot_id,
       d.slot_start                           as slot_start_at,
       d.slot_end                             as slot_end_at,
       d.status                               as status,
       d.attempt                              as attempt,
       d.rider_id                             as rider_id,
       d.assigned_at                          as assigned_at,
       d.delivered_at                         as delivered_at,
       case when d.status = 'DELIVERED' and d.slot_end is not null then d.delivered_at <= d.slot_end end
                                              as on_time,
       d.failure_reason                       as failure_reason,
       d.follow_up                            as follow_up,
       d.amount_to_collect                    as cash_to_collect_paise,
       case when d.status = 'DELIVERED' then d.amount_to_collect else 0 end
                                              as cash_collected_paise,
       d.created_at                           as created_at,
       case when d.status = 'DELIVERED' then d.delivered_at
            when d.status in ('FAILED', 'CANCELLED') then d.updated_at end
                                              as ended_at,
       d.updated_at                           as updated_at
from delivery d;

comment on view reporting.deliveries_v1 is
    'One row per order handed to delivery, as it stands now. A failed attempt that is tried again reuses the row '
    '(attempt + 1), so earlier attempts, their riders and their failure reasons are not kept: only the last '
    'attempt is described. Cash deposited by riders is not recorded by any service.';
comment on column reporting.deliveries_v1.delivery_id is 'The delivery''s id.';
comment on column reporting.deliveries_v1.order_id is 'The order service''s id of the order delivered; one delivery per order.';
comment on column reporting.deliveries_v1.order_number is 'The order''s human-readable number (VK-...).';
comment on column reporting.deliveries_v1.customer_id is 'The user service''s opaque id of the customer.';
comment on column reporting.deliveries_v1.zone_id is 'The zone delivered to (reporting.zones_v1.zone_id).';
comment on column reporting.deliveries_v1.slot_id is 'The slot the customer booked (reporting.slots_v1.slot_id); null if the order had none.';
comment on column reporting.deliveries_v1.slot_start_at is 'Start of the booked window; null without a slot.';
comment on column reporting.deliveries_v1.slot_end_at is 'End of the booked window; null without a slot.';
comment on column reporting.deliveries_v1.status is 'UNASSIGNED (waiting for a rider, also after a failed attempt that is tried again), ASSIGNED, ACCEPTED, PICKED_UP, EN_ROUTE, ARRIVED, DELIVERED, FAILED (given up: the goods go back to the hub) or CANCELLED (the order was cancelled before pickup).';
comment on column reporting.deliveries_v1.attempt is 'The number of the current (or last) attempt, 1 for the first; attempt - 1 attempts failed and were tried again.';
comment on column reporting.deliveries_v1.rider_id is 'The rider of the current attempt (reporting.riders_v1.rider_id): for DELIVERED the rider who handed over, for FAILED the rider whose attempt failed last; null while UNASSIGNED.';
comment on column reporting.deliveries_v1.assigned_at is 'When the current attempt was given to its rider; null while UNASSIGNED.';
comment on column reporting.deliveries_v1.delivered_at is 'When the rider handed the goods over against the customer''s doorstep code; null unless DELIVERED.';
comment on column reporting.deliveries_v1.on_time is 'For DELIVERED with a slot: whether delivered_at is no later than slot_end_at; null otherwise.';
comment on column reporting.deliveries_v1.failure_reason is 'Why the last attempt failed: CUSTOMER_UNAVAILABLE, ADDRESS_NOT_FOUND, CUSTOMER_REFUSED, DAMAGED or OTHER, as the rider reported it. Set while status is FAILED, and also while a failed attempt is being tried again; null once delivered or if no attempt failed.';
comment on column reporting.deliveries_v1.follow_up is 'What followed the last failed attempt: REATTEMPT (tried again) or RETURN_TO_HUB (given up); null when failure_reason is null.';
comment on column reporting.deliveries_v1.cash_to_collect_paise is 'Cash the rider is to collect at the door (cash on delivery), in paise; 0 for orders paid online.';
comment on column reporting.deliveries_v1.cash_collected_paise is 'Cash collected at the door: cash_to_collect_paise once DELIVERED (the handover is the collection; no separate confirmation of the cash is recorded), else 0.';
comment on column reporting.deliveries_v1.created_at is 'When the packed order reached the delivery service.';
comment on column reporting.deliveries_v1.ended_at is 'When the delivery ended: delivered_at for DELIVERED, the last change for FAILED or CANCELLED; null while under way.';
comment on column reporting.deliveries_v1.updated_at is 'When the delivery last changed.';

-- The read-only role of the admin service's replica connections. Production creates it with the databases (a
-- service's own database user has no CREATEROLE there); where the migrating user may create roles (local runs,
-- tests) it is made here. The grants follow wherever the role exists.
DO $$
BEGIN
    BEGIN
        CREATE ROLE vurksha_reporting NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation OR insufficient_privilege THEN NULL;
    END;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vurksha_reporting') THEN
        GRANT USAGE ON SCHEMA reporting TO vurksha_reporting;
        GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO vurksha_reporting;
    END IF;
END $$;
