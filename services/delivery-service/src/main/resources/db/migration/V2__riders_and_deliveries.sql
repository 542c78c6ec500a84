-- Riders, the deliveries of packed orders, their assignment to riders and the riders' location pings.
-- Money is in paise; shift times are wall-clock times in Asia/Kolkata.

create table rider (
    id                text primary key,
    phone             text not null unique check (phone ~ '^\+91[6-9][0-9]{9}$'),
    user_id           text unique,
    name              text not null,
    zone_id           text not null references zone (id),
    shift_start       time not null,
    shift_end         time not null,
    capacity          integer not null check (capacity > 0),
    active            boolean not null default true,
    -- deliveries ASSIGNED to PICKED_UP/EN_ROUTE/ARRIVED; raised only by a conditional UPDATE below capacity
    open_count        integer not null default 0 check (open_count >= 0),
    last_assigned_at  timestamptz,
    created_at        timestamptz not null default now(),
    constraint rider_shift check (shift_end > shift_start)
);
create index rider_zone_idx on rider (zone_id);

-- Users the user service registered with the RIDER role, by phone; binds a rider created before or after.
create table rider_account (
    phone    text primary key,
    user_id  text not null
);

-- One delivery per order; a reattempt reuses the row with attempt + 1.
create table delivery (
    id                    text primary key,
    order_id              text not null unique,
    order_number          text not null,
    customer_id           text not null,
    zone_id               text not null,
    slot_id               text,
    slot_start            timestamptz,
    slot_end              timestamptz,
    address               jsonb not null,
    latitude              double precision,
    longitude             double precision,
    amount_to_collect     bigint not null check (amount_to_collect >= 0),
    status                text not null check (status in ('UNASSIGNED', 'ASSIGNED', 'ACCEPTED', 'PICKED_UP',
                              'EN_ROUTE', 'ARRIVED', 'DELIVERED', 'FAILED', 'CANCELLED')),
    attempt               integer not null default 1 check (attempt >= 1),
    rider_id              text references rider (id),
    assigned_at           timestamptz,
    otp_generation        integer not null default 1,
    otp_failures          integer not null default 0,
    last_latitude         double precision,
    last_longitude        double precision,
    last_location_at      timestamptz,
    eta_minutes           integer,
    arriving_soon_attempt integer not null default 0,
    arrived_attempt       integer not null default 0,
    failure_reason        text,
    failure_note          text,
    follow_up             text,
    delivered_at          timestamptz,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    constraint delivery_rider_when_assigned check (status in ('UNASSIGNED', 'DELIVERED', 'FAILED', 'CANCELLED')
                                                   or rider_id is not null)
);
create index delivery_status_idx on delivery (status, updated_at);
create index delivery_rider_idx on delivery (rider_id) where rider_id is not null;

-- Riders who rejected or let time out the current attempt of a delivery; cleared on a reattempt.
create table delivery_rider_exclusion (
    delivery_id  text not null references delivery (id),
    rider_id     text not null references rider (id),
    primary key (delivery_id, rider_id)
);

create table location_ping (
    id               bigserial primary key,
    delivery_id      text not null references delivery (id),
    rider_id         text not null,
    latitude         double precision not null,
    longitude        double precision not null,
    accuracy_meters  double precision,
    recorded_at      timestamptz not null,
    received_at      timestamptz not null
);
create index location_ping_delivery_idx on location_ping (delivery_id, received_at);
create index location_ping_received_idx on location_ping (received_at);
