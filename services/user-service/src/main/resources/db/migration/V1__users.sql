-- Accounts, delivery addresses, sign-in codes and refresh-token families of the user service.

CREATE TABLE users (
    id                  TEXT        PRIMARY KEY,
    phone               TEXT        NOT NULL UNIQUE,
    name                TEXT,
    email               TEXT,
    preferred_language  TEXT        NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'hi')),
    roles               TEXT[]      NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE addresses (
    id          TEXT             PRIMARY KEY,
    user_id     TEXT             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label       TEXT             NOT NULL,
    line1       TEXT             NOT NULL,
    line2       TEXT,
    landmark    TEXT,
    city        TEXT             NOT NULL,
    state       TEXT             NOT NULL,
    pincode     CHAR(6)          NOT NULL CHECK (pincode ~ '^[1-9][0-9]{5}$'),
    latitude    DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude   DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    is_default  BOOLEAN          NOT NULL,
    created_at  TIMESTAMPTZ      NOT NULL,
    updated_at  TIMESTAMPTZ      NOT NULL,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);

CREATE INDEX addresses_user ON addresses (user_id, created_at DESC);
-- At most one default address per user.
CREATE UNIQUE INDEX addresses_one_default ON addresses (user_id) WHERE is_default;

-- Codes are stored only as an HMAC keyed by a server secret.
CREATE TABLE otp_challenges (
    id            TEXT        PRIMARY KEY,
    phone         TEXT        NOT NULL,
    code_hash     TEXT        NOT NULL,
    client_ip     TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    attempts      INTEGER     NOT NULL DEFAULT 0,
    max_attempts  INTEGER     NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('PENDING', 'VERIFIED', 'LOCKED'))
);

CREATE INDEX otp_challenges_phone ON otp_challenges (phone, created_at DESC);
CREATE INDEX otp_challenges_client_ip ON otp_challenges (client_ip, created_at);
CREATE INDEX otp_challenges_created ON otp_challenges (created_at);

-- One family per sign-in; rotation adds tokens to it, logout or reuse revokes it whole.
CREATE TABLE refresh_token_families (
    id             TEXT        PRIMARY KEY,
    user_id        TEXT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at     TIMESTAMPTZ NOT NULL,
    revoked_at     TIMESTAMPTZ,
    revoke_reason  TEXT
);

CREATE INDEX refresh_token_families_user ON refresh_token_families (user_id);

-- Tokens are stored only as their SHA-256.
CREATE TABLE refresh_tokens (
    token_hash  TEXT        PRIMARY KEY,
    family_id   TEXT        NOT NULL REFERENCES refresh_token_families (id) ON DELETE CASCADE,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);

CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id, expires_at);
