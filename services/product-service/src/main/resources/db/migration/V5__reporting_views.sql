-- What the product service lets operator reports read (from a read replica): products with their category and farm,
-- the stock of each variant and the stock ledger. Views only, versioned: a _v1 view may only gain columns; an
-- incompatible change is a new _v2 beside it. Operators' free-text notes are left out.

create schema if not exists reporting;

create view reporting.products_v1 as
select p.id          as product_id,
       p.slug        as slug,
       p.name        as name,
       p.category_id as category_id,
       c.name        as category_name,
       p.farm_id     as farm_id,
       f.name        as farm_name,
       p.active      as active,
       p.created_at  as created_at,
       p.updated_at  as updated_at
from product p
join category c on c.id = p.category_id
join farm f on f.id = p.farm_id;

comment on view reporting.products_v1 is
    'One row per product of the catalogue, withdrawn ones included: the names reports show for product ids '
    '(e.g. top products from order lines) with the product''s category and farm.';
comment on column reporting.products_v1.product_id is 'The product''s id, as order lines and stock rows name it.';
comment on column reporting.products_v1.slug is 'The product''s URL name in the shop, unique.';
comment on column reporting.products_v1.name is 'The product''s name as the shop shows it now (English).';
comment on column reporting.products_v1.category_id is 'Id of the category the product is listed in.';
comment on column reporting.products_v1.category_name is 'Name of that category now (English).';
comment on column reporting.products_v1.farm_id is 'Id of the farm that grows the product (a variant may name another).';
comment on column reporting.products_v1.farm_name is 'Name of that farm now.';
comment on column reporting.products_v1.active is 'Whether the product is on sale; false once an operator withdrew it.';
comment on column reporting.products_v1.created_at is 'When the product was added to the catalogue.';
comment on column reporting.products_v1.updated_at is 'When the product''s details were last changed.';

create view reporting.stock_v1 as
select v.id                                                   as variant_id,
       v.product_id                                           as product_id,
       p.name                                                 as product_name,
       case v.unit
           when 'G' then case when v.unit_value >= 1000 then trim_scale(v.unit_value / 1000.0)::text || ' kg'
                              else v.unit_value || ' g' end
           when 'KG' then v.unit_value || ' kg'
           when 'ML' then case when v.unit_value >= 1000 then trim_scale(v.unit_value / 1000.0)::text || ' L'
                               else v.unit_value || ' ml' end
           when 'L' then v.unit_value || ' L'
           when 'PIECE' then v.unit_value || case when v.unit_value = 1 then ' piece' else ' pieces' end
           when 'BUNCH' then v.unit_value || case when v.unit_value = 1 then ' bunch' else ' bunches' end
           when 'DOZEN' then v.unit_value || ' dozen'
       end                                                    as variant_label,
       v.unit                                                 as unit,
       v.unit_value                                           as unit_value,
       p.category_id                                          as category_id,
       coalesce(v.farm_id, p.farm_id)                         as farm_id,
       coalesce(i.on_hand, 0)                                 as on_hand_quantity,
       coalesce(i.reserved, 0)                                as reserved_quantity,
       coalesce(i.on_hand - i.reserved, 0)                    as available_quantity,
       v.min_quantity                                         as min_quantity,
       v.max_per_order                                        as max_per_order,
       coalesce(i.on_hand - i.reserved, 0) >= v.min_quantity  as in_stock,
       v.active and p.active                                  as active,
       v.active                                               as variant_active,
       p.active                                               as product_active,
       i.updated_at                                           as stock_updated_at
from variant v
join product p on p.id = v.product_id
left join inventory i on i.variant_id = v.id;

comment on view reporting.stock_v1 is
    'One row per variant (pack) with its stock now, for stock alerts. Quantities count packs of the variant. The '
    'service keeps no low-stock threshold: in_stock = false is sold out exactly as the shop shows it, and a report '
    'decides what counts as low by comparing available_quantity with a threshold of its own (e.g. a fixed number of '
    'packs, or a multiple of max_per_order). Withdrawn variants and products are included; filter on active.';
comment on column reporting.stock_v1.variant_id is 'The variant''s id, as order lines name it.';
comment on column reporting.stock_v1.product_id is 'Id of the product the variant belongs to (reporting.products_v1).';
comment on column reporting.stock_v1.product_name is 'The product''s name now (English).';
comment on column reporting.stock_v1.variant_label is
    'The pack size as the shop labels it, e.g. ''500 g'', ''1.5 kg'', ''1 L'', ''6 pieces'', ''1 dozen''.';
comment on column reporting.stock_v1.unit is 'The unit the pack is measured in: KG, G, L, ML, PIECE, BUNCH or DOZEN.';
comment on column reporting.stock_v1.unit_value is 'How many of unit one pack holds (500 for a 500 g pack).';
comment on column reporting.stock_v1.category_id is 'Id of the product''s category.';
comment on column reporting.stock_v1.farm_id is 'Id of the farm that grows this variant: its own farm, else the product''s.';
comment on column reporting.stock_v1.on_hand_quantity is
    'Packs on the shelf, including those held for orders; 0 when the variant has no stock row.';
comment on column reporting.stock_v1.reserved_quantity is
    'Packs held for checkouts in progress and for confirmed orders not yet packed.';
comment on column reporting.stock_v1.available_quantity is
    'Packs that can still be sold: on_hand_quantity - reserved_quantity (never negative).';
comment on column reporting.stock_v1.min_quantity is 'The fewest packs one order may contain.';
comment on column reporting.stock_v1.max_per_order is 'The most packs one order may contain.';
comment on column reporting.stock_v1.in_stock is
    'Whether the shop shows the variant as in stock: available_quantity >= min_quantity (ignores active).';
comment on column reporting.stock_v1.active is 'Whether the variant can be bought: the variant and its product are both on sale.';
comment on column reporting.stock_v1.variant_active is 'Whether the variant itself is on sale.';
comment on column reporting.stock_v1.product_active is 'Whether the variant''s product is on sale.';
comment on column reporting.stock_v1.stock_updated_at is
    'When the on-hand or reserved count last changed; null when the variant has no stock row.';

create view reporting.stock_movements_v1 as
select m.id::text       as movement_id,
       m.variant_id     as variant_id,
       v.product_id     as product_id,
       m.reason         as reason,
       m.delta          as on_hand_delta,
       m.on_hand_after  as on_hand_after,
       m.reserved_delta as reserved_delta,
       m.reserved_after as reserved_after,
       m.reservation_id as reservation_id,
       m.actor          as actor_id,
       m.occurred_at    as occurred_at
from stock_movement m
join variant v on v.id = m.variant_id;

comment on view reporting.stock_movements_v1 is
    'The stock ledger: one row per move of a variant''s stock, never changed afterwards. Operators record RECEIVE, '
    'ADJUST, COUNT, WRITE_OFF and RETURN; checkouts record RESERVE, COMMIT and RELEASE. The operator''s note is not '
    'exposed.';
comment on column reporting.stock_movements_v1.movement_id is
    'The ledger line''s id; digits that grow with time, so ordering by (occurred_at, movement_id::bigint) is the '
    'order the moves were made.';
comment on column reporting.stock_movements_v1.variant_id is 'Id of the variant whose stock moved (reporting.stock_v1).';
comment on column reporting.stock_movements_v1.product_id is 'Id of the variant''s product.';
comment on column reporting.stock_movements_v1.reason is
    'Why stock moved: RECEIVE (arrived from a farm, incl. the opening stock of a new variant), ADJUST (a correction '
    'either way), COUNT (a physical count replaced the number; delta 0 when it confirmed it), WRITE_OFF (spoiled, '
    'damaged or expired produce thrown away), RETURN (a customer''s return put back), RESERVE (a checkout held '
    'packs), COMMIT (a confirmed order kept its held packs), RELEASE (held packs given back: cancelled or expired). '
    'ALLOCATE and PICK are reserved for packing and not written yet.';
comment on column reporting.stock_movements_v1.on_hand_delta is
    'Change of the on-hand packs: positive for stock added, negative for stock removed (a write-off is negative); 0 '
    'for RESERVE, COMMIT and RELEASE.';
comment on column reporting.stock_movements_v1.on_hand_after is 'Packs on hand right after the move.';
comment on column reporting.stock_movements_v1.reserved_delta is
    'Change of the reserved packs: positive for RESERVE, negative for RELEASE, 0 for COMMIT and operators'' moves.';
comment on column reporting.stock_movements_v1.reserved_after is
    'Packs reserved right after the move; null on operators'' moves, which do not record it.';
comment on column reporting.stock_movements_v1.reservation_id is
    'The checkout''s reservation for RESERVE, COMMIT and RELEASE; null for operators'' moves.';
comment on column reporting.stock_movements_v1.actor_id is
    'Who moved it: the operator''s user id; for RESERVE (and a RELEASE or COMMIT asked for over the API) the '
    'customer''s user id; ''order-events'' when an order event committed or released it, ''reservation-expiry'' '
    'when the hold ran out.';
comment on column reporting.stock_movements_v1.occurred_at is 'When the move was made.';

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
