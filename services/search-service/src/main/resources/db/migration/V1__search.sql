-- The search service's own store. The index itself lives in OpenSearch; these tables keep what the product
-- service's events do not carry in full, and the purchase counts recommendations are made from.

-- Sellable packs per variant, from product.stock.changed (and a rebuild), so that a product indexed from a
-- created/updated event knows its stock even when the stock event came first.
create table variant_stock (
    variant_id  text primary key,
    product_id  text not null,
    available   integer not null,
    updated_at  timestamptz not null default now()
);

-- Names of categories and farms, learnt from a rebuild: product events name them by id only.
create table category_name (
    id       text primary key,
    name     text not null,
    name_hi  text,
    -- the category and its ancestors, top-level first
    path     text[] not null default '{}'
);

create table farm_name (
    id       text primary key,
    name     text not null,
    organic  boolean not null default false
);

-- "Often bought together": in how many delivered orders each ordered pair of products was bought together.
-- Both directions are stored so that one product's partners are one index range.
create table co_purchase (
    product_id  text not null,
    other_id    text not null,
    orders      integer not null,
    primary key (product_id, other_id)
);
create index co_purchase_rank_idx on co_purchase (product_id, orders desc);

-- "Buy again": in how many delivered orders each customer bought each product, and when last.
create table customer_purchase (
    user_id       text not null,
    product_id    text not null,
    orders        integer not null,
    last_bought   timestamptz not null,
    primary key (user_id, product_id)
);
create index customer_purchase_rank_idx on customer_purchase (user_id, orders desc, last_bought desc);

-- The time of the newest product event applied per product: a retried older event (the inbox retries failures
-- later, after newer events may have been applied) must not bring back an older copy or a removed product.
create table product_event_time (
    product_id    text primary key,
    occurred_at   timestamptz not null
);
