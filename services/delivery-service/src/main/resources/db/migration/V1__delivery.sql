-- Delivery zones, their pincodes, slot templates, the slots generated from them and the bookings of those slots.
-- Money is in paise.

create table zone (
    id                       text primary key,
    name                     text not null unique,
    hub                      text not null,
    delivery_fee             bigint not null check (delivery_fee >= 0),
    free_delivery_threshold  bigint not null check (free_delivery_threshold >= 0),
    minimum_order_value      bigint not null default 0 check (minimum_order_value >= 0),
    created_at               timestamptz not null default now()
);

-- A pincode is served by one zone at most.
create table zone_pincode (
    pincode  text primary key check (pincode ~ '^[1-9][0-9]{5}$'),
    zone_id  text not null references zone (id)
);
create index zone_pincode_zone_idx on zone_pincode (zone_id);

-- Wall-clock times in the service's time zone (Asia/Kolkata); weekday 1 = Monday .. 7 = Sunday.
create table slot_template (
    id              text primary key,
    zone_id         text not null references zone (id),
    weekday         smallint not null check (weekday between 1 and 7),
    start_time      time not null,
    end_time        time not null,
    capacity        integer not null check (capacity > 0),
    cutoff_minutes  integer not null check (cutoff_minutes >= 0),
    created_at      timestamptz not null default now(),
    constraint slot_template_window check (end_time > start_time),
    constraint slot_template_unique unique (zone_id, weekday, start_time)
);

-- One slot per template and calendar day; booked never passes capacity (the booking UPDATE guards it, this proves it).
create table slot (
    id              text primary key,
    zone_id         text not null references zone (id),
    template_id     text references slot_template (id),
    delivery_date   date not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    capacity        integer not null check (capacity > 0),
    cutoff_minutes  integer not null check (cutoff_minutes >= 0),
    booked          integer not null default 0,
    constraint slot_booked_within_capacity check (booked between 0 and capacity),
    constraint slot_once_per_template_and_day unique (template_id, delivery_date)
);
create index slot_zone_date_idx on slot (zone_id, delivery_date, starts_at);

-- booking_id is the order id. A release of a booking never made leaves a RELEASED row without a slot, so a late
-- booking request with that id is refused instead of holding a place nobody will use.
create table slot_booking (
    booking_id      text primary key,
    slot_id         text references slot (id),
    pincode         text,
    status          text not null check (status in ('HELD', 'CONFIRMED', 'RELEASED')),
    held_until      timestamptz,
    release_reason  text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint slot_booking_held_has_slot check (status = 'RELEASED' or slot_id is not null)
);
create index slot_booking_held_idx on slot_booking (held_until) where status = 'HELD';
