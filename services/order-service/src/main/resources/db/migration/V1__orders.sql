-- Coupons: PERCENT amounts are basis points (1000 = 10 %), FLAT amounts are paise.
create table coupon (
    code               text primary key check (code = upper(code)),
    kind               text not null check (kind in ('PERCENT', 'FLAT')),
    amount             bigint not null check (amount > 0),
    max_discount       bigint check (max_discount > 0),
    min_order          bigint not null default 0 check (min_order >= 0),
    valid_from         timestamptz not null,
    valid_to           timestamptz,
    per_customer_limit integer not null default 1 check (per_customer_limit > 0),
    check (kind <> 'PERCENT' or amount <= 10000)
);

create sequence order_number_seq;

create table customer_order (
    id              text primary key,
    number          text not null unique,
    user_id         text not null,
    status          text not null,
    payment_status  text not null,
    payment_method  text not null check (payment_method in ('COD', 'ONLINE')),
    subtotal        bigint not null,
    discount        bigint not null,
    delivery_fee    bigint not null,
    tax             bigint not null,
    total           bigint not null,
    currency        text not null default 'INR',
    amount_paid     bigint not null default 0,
    amount_refunded bigint not null default 0,
    coupon_code     text,
    notes           text,
    slot_id         text not null,
    slot_start      timestamptz,
    slot_end        timestamptz,
    zone_id         text,
    address         jsonb not null,
    reservation_id  text not null,
    booking_id      text not null,
    expires_at      timestamptz,
    placed_at       timestamptz not null,
    updated_at      timestamptz not null,
    version         integer not null default 0
);

create index customer_order_user_idx on customer_order (user_id, placed_at desc);
create index customer_order_unpaid_idx on customer_order (expires_at) where status = 'PENDING_PAYMENT';
create index customer_order_coupon_idx on customer_order (user_id, coupon_code) where coupon_code is not null;

create table order_item (
    order_id        text not null references customer_order (id),
    line_no         integer not null,
    variant_id      text not null,
    product_id      text not null,
    product_name    text not null,
    product_name_hi text,
    variant_label   text,
    unit            text,
    unit_value      integer,
    farm_id         text,
    farm_name       text,
    unit_price      bigint not null,
    mrp             bigint,
    quantity        integer not null check (quantity > 0),
    line_total      bigint not null,
    gst_rate_bp     integer not null,
    hsn_code        text,
    tax             bigint not null,
    primary key (order_id, line_no)
);

create table order_timeline (
    id       bigserial primary key,
    order_id text not null references customer_order (id),
    at       timestamptz not null,
    type     text not null,
    actor    text not null,
    note     text
);

create index order_timeline_order_idx on order_timeline (order_id, id);
