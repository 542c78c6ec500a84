-- Catalogue of the farm shop. Identifiers are opaque text so they can be UUIDs today and anything tomorrow.

create table category (
    id          text primary key,
    slug        text not null unique,
    name        text not null,
    name_hi     text,
    parent_id   text references category (id),
    sort_order  integer not null default 0,
    created_at  timestamptz not null default now()
);
create index category_parent_idx on category (parent_id);

create table farm (
    id                 text primary key,
    slug               text not null unique,
    name               text not null,
    village            text,
    district           text,
    state              text not null,
    description        text,
    certified_organic  boolean not null default false,
    created_at         timestamptz not null default now()
);

create table product (
    id              text primary key,
    slug            text not null unique,
    name            text not null,
    name_hi         text,
    description     text,
    category_id     text not null references category (id),
    farm_id         text not null references farm (id),
    tags            text[] not null default '{}',
    images          text[] not null default '{}',
    hsn_code        text,
    -- basis points: 0 for nil-rated fresh produce, 500 for 5 %, 1800 for 18 %
    gst_rate_bp     integer not null default 0 check (gst_rate_bp between 0 and 4000),
    active          boolean not null default true,
    popularity      integer not null default 0,
    rating_average  numeric(3, 2) not null default 0,
    rating_count    integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index product_category_idx on product (category_id) where active;
create index product_farm_idx on product (farm_id) where active;
create index product_tags_idx on product using gin (tags);

create table variant (
    id              text primary key,
    product_id      text not null references product (id),
    unit            text not null check (unit in ('KG', 'G', 'L', 'ML', 'PIECE', 'BUNCH', 'DOZEN')),
    unit_value      integer not null check (unit_value > 0),
    price_paise     bigint not null check (price_paise > 0),
    mrp_paise       bigint not null,
    min_quantity    integer not null default 1 check (min_quantity >= 1),
    step_quantity   integer not null default 1 check (step_quantity >= 1),
    max_per_order   integer not null default 10,
    -- null means the product's own farm grows it
    farm_id         text references farm (id),
    sort_order      integer not null default 0,
    active          boolean not null default true,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint variant_price_within_mrp check (price_paise <= mrp_paise),
    constraint variant_max_at_least_min check (max_per_order >= min_quantity)
);
create index variant_product_idx on variant (product_id);

-- Counts are in packs of the variant (three 500 g packs, not 1.5 kg).
-- reserved is held by checkouts in progress; available = on_hand - reserved.
create table inventory (
    variant_id  text primary key references variant (id),
    on_hand     integer not null check (on_hand >= 0),
    reserved    integer not null default 0 check (reserved >= 0),
    updated_at  timestamptz not null default now()
);

create table stock_movement (
    id              bigint generated always as identity primary key,
    variant_id      text not null references variant (id),
    delta           integer not null,
    reason          text not null check (reason in ('RECEIVE', 'ADJUST', 'COUNT', 'WRITE_OFF', 'RETURN',
                                                    'ALLOCATE', 'RELEASE', 'PICK')),
    on_hand_after   integer not null check (on_hand_after >= 0),
    actor           text not null,
    note            text,
    occurred_at     timestamptz not null default now()
);
create index stock_movement_variant_idx on stock_movement (variant_id, occurred_at desc, id desc);
