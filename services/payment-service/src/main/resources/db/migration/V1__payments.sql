-- One payment per order: the provider order it was offered on and how far the money has moved.
CREATE TABLE payment (
    id                  TEXT        PRIMARY KEY,
    order_id            TEXT        NOT NULL UNIQUE,
    order_number        TEXT        NOT NULL,
    user_id             TEXT        NOT NULL,
    provider            TEXT        NOT NULL,
    provider_order_id   TEXT        NOT NULL UNIQUE,
    provider_payment_id TEXT,
    amount              BIGINT      NOT NULL CHECK (amount > 0),
    currency            TEXT        NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('CREATED', 'AUTHORIZED', 'CAPTURED',
                                        'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED')),
    refunded_amount     BIGINT      NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
    failure_reason      TEXT,
    attempts            INTEGER     NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    last_checked_at     TIMESTAMPTZ
);

-- The reconciliation job reads only payments whose outcome is still open.
CREATE INDEX payment_open ON payment (created_at) WHERE status IN ('CREATED', 'AUTHORIZED');

-- A refund per request key: the same request never refunds twice.
CREATE TABLE refund (
    id                  TEXT        PRIMARY KEY,
    payment_id          TEXT        NOT NULL REFERENCES payment (id),
    request_key         TEXT        NOT NULL,
    amount              BIGINT      NOT NULL CHECK (amount > 0),
    reason              TEXT,
    status              TEXT        NOT NULL CHECK (status IN ('PENDING', 'PROCESSED', 'FAILED')),
    provider_refund_id  TEXT        UNIQUE,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (payment_id, request_key)
);

-- The money ledger: what the provider confirmed, once per (payment, provider reference, type).
CREATE TABLE payment_transaction (
    id                  BIGSERIAL   PRIMARY KEY,
    payment_id          TEXT        NOT NULL REFERENCES payment (id),
    provider_reference  TEXT        NOT NULL,
    type                TEXT        NOT NULL CHECK (type IN ('CAPTURE', 'REFUND')),
    amount              BIGINT      NOT NULL,
    currency            TEXT        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (payment_id, provider_reference, type)
);

-- Every verified webhook, once per provider event id, with what applying it did.
CREATE TABLE webhook_event (
    event_id            TEXT        PRIMARY KEY,
    provider            TEXT        NOT NULL,
    event_type          TEXT        NOT NULL,
    body                TEXT        NOT NULL,
    received_at         TIMESTAMPTZ NOT NULL,
    outcome             TEXT        NOT NULL,
    detail              TEXT
);
