-- A product's pictures, uploaded to the file service and chosen by an operator. The file service's public variant
-- URLs are content-addressed and never change, so a copy of them is kept here: product pages read no other service.
-- When a product has rows here they replace the URLs of product.images, which stay as the fallback.
create table product_image (
    product_id  text not null references product (id),
    position    smallint not null check (position between 0 and 9),
    file_id     text not null,
    -- {"thumb": V, "card": V, "full": V}, V = {"url", "width", "height", "format", "sources": [{"format", "url"}]}
    variants    jsonb not null,
    primary key (product_id, position),
    constraint product_image_once unique (product_id, file_id)
);
