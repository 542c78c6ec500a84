-- Verified reviews (issue 4). A customer may review a product once an order containing it was delivered; the
-- product row carries the tally of its PUBLISHED reviews so that lists and pages read the rating with the product.

-- Who bought what, learnt from order.order.delivered only. One row per order and product: a product bought in
-- two orders is two rows, and either makes its buyer a verified purchaser.
create table verified_purchase (
    user_id       text not null,
    product_id    text not null references product (id),
    order_id      text not null,
    delivered_at  timestamptz not null,
    primary key (user_id, product_id, order_id)
);

create table review (
    id           text primary key,
    product_id   text not null references product (id),
    user_id      text not null,
    rating       smallint not null check (rating between 1 and 5),
    comment      text check (char_length(comment) <= 1000),
    author_name  text,
    status       text not null check (status in ('PUBLISHED', 'HIDDEN')),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    constraint review_one_per_customer unique (product_id, user_id)
);
create index review_published_idx on review (product_id, created_at desc, id desc) where status = 'PUBLISHED';

-- The sum of PUBLISHED ratings, so an edit or a hide adjusts the average exactly; the average is shown to one
-- decimal and kept that way.
alter table product add column rating_sum integer not null default 0 check (rating_sum >= 0);
alter table product alter column rating_average type numeric(2, 1);
