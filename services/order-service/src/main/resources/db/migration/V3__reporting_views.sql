-- What the order service lets operator reports read: versioned views in schema reporting, its contract with the
-- admin service (which reads a replica and never the tables). A _v1 view may only gain columns; an incompatible
-- change adds a _v2 next to it. Money is paise (bigint); instants timestamptz; enums their stored names.
-- Prices include GST: an order's total is items_subtotal - discount + delivery_fee, and its GST is the part of the
-- item prices that is tax, not an amount added on top.
-- Milestone times come from the order's timeline, whose type is the name of the Java event class (OrderConfirmed,
-- OrderPacked, OrderDelivered, OrderCancelled, DeliveryFailed): renaming one of those classes needs a view _v2.
-- No customer names, phone numbers, addresses or free-text notes/cancellation reasons are exposed: user ids only.

create schema if not exists reporting;

create view reporting.orders_v1 as
select o.id                                              as order_id,
       o.number                                          as order_number,
       o.user_id                                         as user_id,
       o.status                                          as status,
       o.payment_method                                  as payment_method,
       o.payment_status                                  as payment_status,
       o.placed_at                                       as placed_at,
       (o.placed_at at time zone 'Asia/Kolkata')::date   as placed_on,
       o.subtotal                                        as items_subtotal_paise,
       o.discount                                        as discount_paise,
       o.tax                                             as gst_paise,
       o.delivery_fee                                    as delivery_fee_paise,
       o.total                                           as total_paise,
       o.coupon_code                                     as coupon_code,
       (select count(*) from order_item i where i.order_id = o.id)                          as line_count,
       (select coalesce(sum(i.quantity), 0) from order_item i where i.order_id = o.id)::bigint as item_quantity,
       o.slot_id                                         as delivery_slot_id,
       o.zone_id                                         as delivery_zone_id,
       o.slot_start                                      as delivery_slot_start_at,
       o.slot_end                                        as delivery_slot_end_at,
       (o.slot_start at time zone 'Asia/Kolkata')::date  as delivery_date,
       t.confirmed_at                                    as confirmed_at,
       t.packed_at                                       as packed_at,
       t.delivered_at                                    as delivered_at,
       t.cancelled_at                                    as cancelled_at,
       case
           when t.cancelled_by is null then null
           when t.cancelled_by = o.user_id then 'CUSTOMER'
           when t.cancelled_by = 'system' then 'PAYMENT_TIMEOUT'
           when t.cancelled_by = 'delivery' then 'DELIVERY_FAILED'
           else 'OPERATOR'
       end                                               as cancelled_by,
       t.failed_delivery_attempts                        as failed_delivery_attempts,
       o.updated_at                                      as updated_at
from customer_order o
left join lateral (
    select min(e.at) filter (where e.type = 'OrderConfirmed')       as confirmed_at,
           min(e.at) filter (where e.type = 'OrderPacked')          as packed_at,
           max(e.at) filter (where e.type = 'OrderDelivered')       as delivered_at,
           max(e.at) filter (where e.type = 'OrderCancelled')       as cancelled_at,
           (array_agg(e.actor order by e.id desc) filter (where e.type = 'OrderCancelled'))[1] as cancelled_by,
           count(*) filter (where e.type = 'DeliveryFailed')        as failed_delivery_attempts
    from order_timeline e
    where e.order_id = o.id
) t on true;

comment on view reporting.orders_v1 is
    'One row per order placed (every status, including PENDING_PAYMENT and CANCELLED). Money in paise, GST-inclusive '
    'prices: total_paise = items_subtotal_paise - discount_paise + delivery_fee_paise; gst_paise is contained in '
    'items_subtotal_paise, not added. Refunds and captured payments are reported by the payment service, COD cash by '
    'the delivery service. For sales, count orders whose status is not CANCELLED (and, if only paid or confirmed '
    'sales matter, not PENDING_PAYMENT); group by placed_on or date_trunc(''hour'', placed_at at time zone ''Asia/Kolkata'').';
comment on column reporting.orders_v1.order_id is 'The order''s opaque id (also its stock reservation and slot booking id in other services).';
comment on column reporting.orders_v1.order_number is 'The human-friendly order number, VK-<yyyymmdd India day>-<sequence>.';
comment on column reporting.orders_v1.user_id is 'The opaque id of the customer who placed the order.';
comment on column reporting.orders_v1.status is 'The order status now: PENDING_PAYMENT, CONFIRMED, PACKED, OUT_FOR_DELIVERY, DELIVERED or CANCELLED. COD orders start CONFIRMED; ONLINE orders start PENDING_PAYMENT until the payment is captured (or are CANCELLED when its time runs out).';
comment on column reporting.orders_v1.payment_method is 'How the customer pays: COD (cash on delivery) or ONLINE.';
comment on column reporting.orders_v1.payment_status is 'The order''s money state as the order service last heard it: PENDING (ONLINE, not yet paid), PENDING_COLLECTION (COD; stays so after delivery, cash collection is the delivery service''s), CAPTURED, VOID (cancelled unpaid), REFUND_PENDING, PARTIALLY_REFUNDED, REFUNDED.';
comment on column reporting.orders_v1.placed_at is 'When the order was placed (checkout completed).';
comment on column reporting.orders_v1.placed_on is 'The calendar day in India (Asia/Kolkata) on which the order was placed: the business day for daily sales.';
comment on column reporting.orders_v1.items_subtotal_paise is 'Gross item sales: the sum of the order''s line totals (unit price x quantity) at the GST-inclusive prices charged, before the coupon discount and without the delivery fee.';
comment on column reporting.orders_v1.discount_paise is 'The coupon discount taken off items_subtotal_paise (0 without a coupon); never more than the subtotal.';
comment on column reporting.orders_v1.gst_paise is 'The GST contained in the item prices: per line, line total x rate / (10000 + rate) with the rate in basis points, rounded half up, summed. Computed on the line totals before the discount; the delivery fee carries no GST here.';
comment on column reporting.orders_v1.delivery_fee_paise is 'The delivery fee charged: the zone''s fee, or 0 when items_subtotal_paise - discount_paise reached the zone''s free-delivery threshold.';
comment on column reporting.orders_v1.total_paise is 'What the customer pays: items_subtotal_paise - discount_paise + delivery_fee_paise (GST included).';
comment on column reporting.orders_v1.coupon_code is 'The coupon applied (upper case), or null; see reporting.coupon_redemptions_v1.';
comment on column reporting.orders_v1.line_count is 'How many lines (distinct variants) the order has.';
comment on column reporting.orders_v1.item_quantity is 'The sum of the quantities of the order''s lines.';
comment on column reporting.orders_v1.delivery_slot_id is 'The delivery service''s id of the delivery slot booked for the order.';
comment on column reporting.orders_v1.delivery_zone_id is 'The delivery service''s id of the zone the order is delivered in (null if the delivery service did not name it).';
comment on column reporting.orders_v1.delivery_slot_start_at is 'When the booked delivery window starts (null if unknown).';
comment on column reporting.orders_v1.delivery_slot_end_at is 'When the booked delivery window ends (null if unknown).';
comment on column reporting.orders_v1.delivery_date is 'The calendar day in India (Asia/Kolkata) of the booked delivery window''s start (null if unknown).';
comment on column reporting.orders_v1.confirmed_at is 'When the order was confirmed: at placing for COD, when the payment was captured for ONLINE (or an operator confirmed it); null if never.';
comment on column reporting.orders_v1.packed_at is 'When the order was first packed (moved from CONFIRMED to PACKED); null if never. A failed delivery attempt sending it back to PACKED does not change it.';
comment on column reporting.orders_v1.delivered_at is 'When the order service recorded the order as DELIVERED (from the delivery service''s event or an operator); null if not delivered. The rider''s own hand-over time is in the delivery service''s reports.';
comment on column reporting.orders_v1.cancelled_at is 'When the order was cancelled; null if it is not.';
comment on column reporting.orders_v1.cancelled_by is 'Who or what cancelled it, null if not cancelled: CUSTOMER, OPERATOR, PAYMENT_TIMEOUT (an ONLINE order not paid in time) or DELIVERY_FAILED (returned to the hub after a failed delivery attempt).';
comment on column reporting.orders_v1.failed_delivery_attempts is 'How many delivery attempts of this order failed, as the delivery service reported them (0 for none).';
comment on column reporting.orders_v1.updated_at is 'When the order last changed (status, payment status or delivery attempts); placed_at if never.';

create view reporting.order_lines_v1 as
select i.order_id                                        as order_id,
       i.line_no                                         as line_no,
       o.placed_at                                       as placed_at,
       (o.placed_at at time zone 'Asia/Kolkata')::date   as placed_on,
       o.status                                          as status,
       o.payment_method                                  as payment_method,
       i.product_id                                      as product_id,
       i.variant_id                                      as variant_id,
       i.product_name                                    as product_name,
       i.variant_label                                   as variant_label,
       i.farm_id                                         as farm_id,
       i.hsn_code                                        as hsn_code,
       i.quantity                                        as quantity,
       i.unit_price                                      as unit_price_paise,
       i.mrp                                             as mrp_paise,
       i.line_total                                      as line_total_paise,
       i.gst_rate_bp                                     as gst_rate_bp,
       i.tax                                             as gst_paise
from order_item i
join customer_order o on o.id = i.order_id;

comment on view reporting.order_lines_v1 is
    'One row per line of every order (every status; filter out CANCELLED for sales), with what the product was when '
    'ordered. For top products sum quantity and line_total_paise by product_id or variant_id. Line totals are before '
    'the order''s coupon discount, which is not split over lines (see reporting.orders_v1.discount_paise).';
comment on column reporting.order_lines_v1.order_id is 'The order''s id (reporting.orders_v1.order_id).';
comment on column reporting.order_lines_v1.line_no is 'The line''s position in the order, from 1.';
comment on column reporting.order_lines_v1.placed_at is 'When the order was placed.';
comment on column reporting.order_lines_v1.placed_on is 'The calendar day in India (Asia/Kolkata) on which the order was placed.';
comment on column reporting.order_lines_v1.status is 'The order''s status now (as reporting.orders_v1.status).';
comment on column reporting.order_lines_v1.payment_method is 'The order''s payment method: COD or ONLINE.';
comment on column reporting.order_lines_v1.product_id is 'The product service''s id of the product ordered.';
comment on column reporting.order_lines_v1.variant_id is 'The product service''s id of the variant (pack size) ordered.';
comment on column reporting.order_lines_v1.product_name is 'The product''s (English) name when ordered; later catalogue edits do not change it.';
comment on column reporting.order_lines_v1.variant_label is 'The variant''s label when ordered, e.g. 200 g (null if none).';
comment on column reporting.order_lines_v1.farm_id is 'The product service''s id of the farm supplying the product when ordered (null if none).';
comment on column reporting.order_lines_v1.hsn_code is 'The product''s HSN code for GST when ordered (null if none).';
comment on column reporting.order_lines_v1.quantity is 'How many units of the variant were ordered (at least 1).';
comment on column reporting.order_lines_v1.unit_price_paise is 'The GST-inclusive price of one unit charged (the product service''s price when the order was placed).';
comment on column reporting.order_lines_v1.mrp_paise is 'The maximum retail price of one unit when ordered, GST-inclusive (null if none).';
comment on column reporting.order_lines_v1.line_total_paise is 'unit_price_paise x quantity: the line''s gross sales, GST included, before the order''s coupon discount.';
comment on column reporting.order_lines_v1.gst_rate_bp is 'The GST rate in basis points (500 = 5 %; 0 for exempt goods).';
comment on column reporting.order_lines_v1.gst_paise is 'The GST contained in line_total_paise: line_total_paise x gst_rate_bp / (10000 + gst_rate_bp), rounded half up. The order''s gst_paise is the sum over its lines.';

create view reporting.coupon_redemptions_v1 as
select o.coupon_code                                     as coupon_code,
       o.id                                              as order_id,
       o.user_id                                         as user_id,
       o.placed_at                                       as placed_at,
       (o.placed_at at time zone 'Asia/Kolkata')::date   as placed_on,
       o.status                                          as status,
       o.status <> 'CANCELLED'                           as counts_as_use,
       o.subtotal                                        as items_subtotal_paise,
       o.discount                                        as discount_paise,
       o.total                                           as total_paise
from customer_order o
where o.coupon_code is not null;

comment on view reporting.coupon_redemptions_v1 is
    'One row per order placed with a coupon (every status). For coupon use count rows where counts_as_use and sum '
    'their discount_paise per coupon_code; a cancelled order gives its use back to the customer. Coupons refused at '
    'checkout leave no order and no row.';
comment on column reporting.coupon_redemptions_v1.coupon_code is 'The coupon applied (upper case; reporting.coupons_v1.code).';
comment on column reporting.coupon_redemptions_v1.order_id is 'The order it was applied to (reporting.orders_v1.order_id).';
comment on column reporting.coupon_redemptions_v1.user_id is 'The opaque id of the customer who used it.';
comment on column reporting.coupon_redemptions_v1.placed_at is 'When the order was placed, i.e. when the coupon was redeemed.';
comment on column reporting.coupon_redemptions_v1.placed_on is 'The calendar day in India (Asia/Kolkata) on which the order was placed.';
comment on column reporting.coupon_redemptions_v1.status is 'The order''s status now (as reporting.orders_v1.status).';
comment on column reporting.coupon_redemptions_v1.counts_as_use is 'Whether this redemption still counts against the coupon''s per-customer limit: true unless the order is CANCELLED.';
comment on column reporting.coupon_redemptions_v1.items_subtotal_paise is 'The order''s items subtotal the coupon was applied to (GST-inclusive, before the discount).';
comment on column reporting.coupon_redemptions_v1.discount_paise is 'The discount the coupon gave on this order: FLAT coupons their amount, PERCENT coupons subtotal x basis points / 10000 rounded half up and capped at max_discount_paise; never more than the subtotal.';
comment on column reporting.coupon_redemptions_v1.total_paise is 'The order''s total after the discount, delivery fee included.';

create view reporting.coupons_v1 as
select c.code                                            as code,
       c.kind                                            as kind,
       case when c.kind = 'PERCENT' then c.amount::integer end as percent_bp,
       case when c.kind = 'FLAT' then c.amount end       as flat_discount_paise,
       c.max_discount                                    as max_discount_paise,
       c.min_order                                       as min_order_paise,
       c.valid_from                                      as starts_at,
       c.valid_to                                        as ends_at,
       c.per_customer_limit                              as per_customer_limit
from coupon c;

comment on view reporting.coupons_v1 is 'One row per coupon with its terms, used or not.';
comment on column reporting.coupons_v1.code is 'The coupon code customers enter (stored and shown upper case).';
comment on column reporting.coupons_v1.kind is 'PERCENT (a share of the items subtotal) or FLAT (a fixed amount off).';
comment on column reporting.coupons_v1.percent_bp is 'For PERCENT coupons the share taken off in basis points (1000 = 10 %); null for FLAT.';
comment on column reporting.coupons_v1.flat_discount_paise is 'For FLAT coupons the amount taken off; null for PERCENT.';
comment on column reporting.coupons_v1.max_discount_paise is 'The most a PERCENT coupon takes off one order; null for no cap.';
comment on column reporting.coupons_v1.min_order_paise is 'The smallest items subtotal (before discount) the coupon applies to; 0 for any.';
comment on column reporting.coupons_v1.starts_at is 'The first instant the coupon applies.';
comment on column reporting.coupons_v1.ends_at is 'The first instant the coupon no longer applies; null for no end.';
comment on column reporting.coupons_v1.per_customer_limit is 'How many orders of one customer (not cancelled) may use the coupon.';

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
