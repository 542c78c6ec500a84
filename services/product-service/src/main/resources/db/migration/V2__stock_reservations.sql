-- Stock reservations of checkouts (issue 3). A reservation holds packs in inventory.reserved from the moment an
-- order is placed; commit turns it into an allocation that stays in reserved until packing; release or expiry
-- gives the packs back. Lines keep the catalogue snapshot the order was priced with.

create table stock_reservation (
    id            text primary key,
    status        text not null check (status in ('RESERVED', 'COMMITTED', 'RELEASED', 'EXPIRED')),
    expires_at    timestamptz not null,
    created_by    text not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index stock_reservation_expiry_idx on stock_reservation (expires_at) where status = 'RESERVED';

create table stock_reservation_line (
    reservation_id   text not null references stock_reservation (id),
    variant_id       text not null references variant (id),
    quantity         integer not null check (quantity > 0),
    product_id       text not null,
    product_name     text not null,
    product_name_hi  text,
    variant_label    text not null,
    unit             text not null,
    unit_value       integer not null,
    farm_id          text not null,
    farm_name        text not null,
    price_paise      bigint not null,
    mrp_paise        bigint not null,
    gst_rate_bp      integer not null,
    hsn_code         text,
    primary key (reservation_id, variant_id)
);

-- The second safety net under the row locks: stock can never be promised twice.
alter table inventory add constraint inventory_reserved_within_on_hand check (reserved <= on_hand);

alter table stock_movement drop constraint stock_movement_reason_check;
alter table stock_movement add constraint stock_movement_reason_check
    check (reason in ('RECEIVE', 'ADJUST', 'COUNT', 'WRITE_OFF', 'RETURN', 'ALLOCATE', 'RELEASE', 'PICK',
                      'RESERVE', 'COMMIT'));
-- How the reserved count moved with this line (0 for operators' moves) and what it was after.
alter table stock_movement add column reserved_delta integer not null default 0;
alter table stock_movement add column reserved_after integer;
alter table stock_movement add column reservation_id text;
