-- What other services may report on, as versioned views in the reporting schema (read on a replica by the admin
-- service). A _v1 view only ever gains columns; an incompatible change adds a _v2 next to it. No customer data
-- beyond opaque user ids, no webhook bodies, no refund reasons (free text an operator typed).
create schema if not exists reporting;

create view reporting.payments_v1 as
select p.id                                   as payment_id,
       p.order_id                             as order_id,
       p.order_number                         as order_number,
       p.user_id                              as user_id,
       p.provider                             as provider,
       p.provider_order_id                    as provider_order_id,
       p.provider_payment_id                  as provider_payment_id,
       p.status                               as status,
       p.currency                             as currency,
       p.amount                               as amount_paise,
       case when p.status in ('CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED') then p.amount else 0 end
                                              as captured_paise,
       p.refunded_amount                      as refunded_paise,
       case when p.status in ('CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED') then p.amount else 0 end
           - p.refunded_amount                as net_paise,
       p.attempts                             as attempts,
       p.failure_reason                       as failure_reason,
       p.created_at                           as created_at,
       capture.recorded_at                    as captured_at,
       p.updated_at                           as updated_at,
       p.last_checked_at                      as last_checked_at
from payment p
left join lateral (select min(t.recorded_at) as recorded_at
                   from payment_transaction t
                   where t.payment_id = p.id and t.type = 'CAPTURE') capture on true;

comment on view reporting.payments_v1 is
    'One row per online payment (one per order paid online; cash-on-delivery orders have none). The payment service '
    'takes no payment method (UPI, card, ...) from the provider: COD versus online is the order service''s to report.';
comment on column reporting.payments_v1.payment_id is 'The payment''s id (pay_...).';
comment on column reporting.payments_v1.order_id is 'The order service''s id of the order this payment pays; at most one payment per order.';
comment on column reporting.payments_v1.order_number is 'The order''s human-readable number (VK-...), as the order service gave it when the payment was opened.';
comment on column reporting.payments_v1.user_id is 'The user service''s opaque id of the customer who opened the payment.';
comment on column reporting.payments_v1.provider is 'The payment provider: razorpay, or simulator in local runs.';
comment on column reporting.payments_v1.provider_order_id is 'The provider''s order id the customer was offered the checkout on (Razorpay order_...); matches the provider''s settlement reports.';
comment on column reporting.payments_v1.provider_payment_id is 'The provider''s id of the latest attempt that moved this payment (Razorpay pay_...); null until an attempt was reported.';
comment on column reporting.payments_v1.status is 'CREATED (offered, no outcome yet), AUTHORIZED (money held, not taken), CAPTURED (money taken), PARTIALLY_REFUNDED, REFUNDED (all of it refunded), or FAILED (the latest attempt failed; the customer may still pay again on the same provider order).';
comment on column reporting.payments_v1.currency is 'ISO currency code of every amount of this payment (INR).';
comment on column reporting.payments_v1.amount_paise is 'The amount asked for: exactly the order''s total when the payment was opened, in paise.';
comment on column reporting.payments_v1.captured_paise is 'Money taken from the customer, in paise: amount_paise once CAPTURED (also when since refunded), else 0.';
comment on column reporting.payments_v1.refunded_paise is 'Money returned to the customer by refunds the provider reported processed, in paise; refunds still pending are not in it.';
comment on column reporting.payments_v1.net_paise is 'captured_paise minus refunded_paise: what the business keeps of this payment, in paise.';
comment on column reporting.payments_v1.attempts is 'How many distinct provider attempts (failed ones included) were reported for this payment.';
comment on column reporting.payments_v1.failure_reason is 'The provider''s description of why the latest attempt failed, while status is FAILED; null otherwise.';
comment on column reporting.payments_v1.created_at is 'When the customer opened the payment (checkout started).';
comment on column reporting.payments_v1.captured_at is 'When the capture was recorded in the payment ledger (the webhook or reconciliation that reported it arrived); null if never captured.';
comment on column reporting.payments_v1.updated_at is 'When the payment last changed (status, attempt or refunded amount).';
comment on column reporting.payments_v1.last_checked_at is 'When the reconciliation job last asked the provider about this payment because it stayed CREATED or AUTHORIZED; null if never asked.';

create view reporting.refunds_v1 as
select r.id                                   as refund_id,
       r.payment_id                           as payment_id,
       p.order_id                             as order_id,
       r.status                               as status,
       case
           when r.request_key like 'api:%' then 'OPERATOR'
           when r.request_key like 'order-cancelled:%' then 'ORDER_CANCELLED'
           when r.request_key like 'refund-requested:%' then 'ORDER_REFUND_REQUESTED'
           else 'OTHER'
       end                                    as requested_by,
       p.currency                             as currency,
       r.amount                               as amount_paise,
       r.provider_refund_id                   as provider_refund_id,
       r.created_at                           as created_at,
       case when r.status <> 'PENDING' then r.updated_at end
                                              as completed_at
from refund r
join payment p on p.id = r.payment_id;

comment on view reporting.refunds_v1 is
    'One row per refund started on an online payment, whatever became of it. Sum amount_paise of PROCESSED rows by '
    'completed_at for the refunds of a period. Cash-on-delivery refunds are not made here.';
comment on column reporting.refunds_v1.refund_id is 'The refund''s id (rfd_...).';
comment on column reporting.refunds_v1.payment_id is 'The payment refunded (reporting.payments_v1.payment_id).';
comment on column reporting.refunds_v1.order_id is 'The order service''s id of the order whose payment was refunded.';
comment on column reporting.refunds_v1.status is 'PENDING (sent to the provider, not yet reported done), PROCESSED (the money went back to the customer) or FAILED (the provider could not refund; its amount may be refunded again by a new refund).';
comment on column reporting.refunds_v1.requested_by is 'What started the refund: OPERATOR (an admin through the API), ORDER_CANCELLED (a paid order was cancelled: refunded in full), ORDER_REFUND_REQUESTED (the order service asked, e.g. for a return), OTHER.';
comment on column reporting.refunds_v1.currency is 'ISO currency code of the amount (INR).';
comment on column reporting.refunds_v1.amount_paise is 'The amount of this refund, in paise.';
comment on column reporting.refunds_v1.provider_refund_id is 'The provider''s id of the refund (Razorpay rfnd_...); null if the provider has not answered with one.';
comment on column reporting.refunds_v1.created_at is 'When the refund was started.';
comment on column reporting.refunds_v1.completed_at is 'When the refund became PROCESSED or FAILED (the provider''s report arrived); null while PENDING.';

create view reporting.unreconciled_payments_v1 as
with totals as (
    select p.*,
           coalesce((select sum(t.amount) from payment_transaction t
                     where t.payment_id = p.id and t.type = 'CAPTURE'), 0)::bigint as captured_ledger,
           coalesce((select sum(t.amount) from payment_transaction t
                     where t.payment_id = p.id and t.type = 'REFUND'), 0)::bigint as refunded_ledger,
           coalesce((select sum(r.amount) from refund r
                     where r.payment_id = p.id and r.status = 'PROCESSED'), 0)::bigint as refunds_processed,
           p.status in ('CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED') as captured
    from payment p
)
select t.id                                   as payment_id,
       t.order_id                             as order_id,
       t.status                               as status,
       issue.issue                            as issue,
       t.currency                             as currency,
       t.amount                               as amount_paise,
       t.captured_ledger                      as ledger_captured_paise,
       t.refunded_amount                      as refunded_paise,
       t.refunded_ledger                      as ledger_refunded_paise,
       t.refunds_processed                    as processed_refunds_paise,
       t.created_at                           as created_at,
       t.updated_at                           as updated_at,
       t.last_checked_at                      as last_checked_at
from totals t
cross join lateral (values
    ('OPEN_AFTER_PROVIDER_CHECK', t.status in ('CREATED', 'AUTHORIZED') and t.last_checked_at is not null),
    ('CAPTURE_LEDGER_MISMATCH', t.captured_ledger <> case when t.captured then t.amount else 0 end),
    ('REFUND_LEDGER_MISMATCH', t.refunded_ledger <> t.refunded_amount),
    ('REFUNDS_MISMATCH', t.refunds_processed <> t.refunded_amount)
) as issue (issue, applies)
where issue.applies;

comment on view reporting.unreconciled_payments_v1 is
    'One row per payment and issue whose records do not agree with each other or with the provider: a payment still '
    'open after the reconciliation job asked the provider, or a payment whose status, ledger of provider-confirmed '
    'money and refunds disagree. A payment with no issue has no row. Provider reports refused because their amount '
    'differed, or about payments that are not ours, are not in it.';
comment on column reporting.unreconciled_payments_v1.payment_id is 'The payment (reporting.payments_v1.payment_id).';
comment on column reporting.unreconciled_payments_v1.order_id is 'The order service''s id of the order the payment is for.';
comment on column reporting.unreconciled_payments_v1.status is 'The payment''s status now (as in reporting.payments_v1.status).';
comment on column reporting.unreconciled_payments_v1.issue is 'OPEN_AFTER_PROVIDER_CHECK: CREATED or AUTHORIZED although the reconciliation job (which asks after 10 minutes by default) asked the provider, which reported no outcome: an abandoned checkout, or money held (AUTHORIZED) but never captured. CAPTURE_LEDGER_MISMATCH: the provider-confirmed captures in the ledger do not add up to amount_paise for a captured payment, or to 0 for one not captured. REFUND_LEDGER_MISMATCH: the provider-confirmed refunds in the ledger do not add up to refunded_paise. REFUNDS_MISMATCH: the PROCESSED refunds do not add up to refunded_paise.';
comment on column reporting.unreconciled_payments_v1.currency is 'ISO currency code of every amount in the row (INR).';
comment on column reporting.unreconciled_payments_v1.amount_paise is 'The amount asked for (the order''s total), in paise.';
comment on column reporting.unreconciled_payments_v1.ledger_captured_paise is 'Sum of the captures the provider confirmed, as booked in the payment ledger, in paise.';
comment on column reporting.unreconciled_payments_v1.refunded_paise is 'What the payment records as refunded, in paise.';
comment on column reporting.unreconciled_payments_v1.ledger_refunded_paise is 'Sum of the refunds the provider confirmed, as booked in the payment ledger, in paise.';
comment on column reporting.unreconciled_payments_v1.processed_refunds_paise is 'Sum of the payment''s refunds in status PROCESSED, in paise.';
comment on column reporting.unreconciled_payments_v1.created_at is 'When the payment was opened.';
comment on column reporting.unreconciled_payments_v1.updated_at is 'When the payment last changed.';
comment on column reporting.unreconciled_payments_v1.last_checked_at is 'When the reconciliation job last asked the provider about the payment; null if never.';

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
