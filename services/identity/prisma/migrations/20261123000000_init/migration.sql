-- People's identities, their sessions and the keys that sign access tokens.
CREATE TABLE users (
    id                 uuid PRIMARY KEY,
    -- Stored lower-cased: one identity per email address.
    email              text NOT NULL UNIQUE CHECK (email = lower(email)),
    name               text NOT NULL,
    password_hash      text NOT NULL,
    -- The agency a login lands in when the person does not pick one.
    default_agency_id  uuid,
    created_at         timestamptz(3) NOT NULL DEFAULT now(),
    updated_at         timestamptz(3) NOT NULL DEFAULT now()
);

-- One row per login; refresh tokens are kept only as SHA-256 hashes.
CREATE TABLE sessions (
    id                  uuid PRIMARY KEY,
    user_id             uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    agency_id           uuid,
    refresh_token_hash  text NOT NULL UNIQUE,
    user_agent          text NOT NULL DEFAULT '',
    ip                  text NOT NULL DEFAULT '',
    created_at          timestamptz(3) NOT NULL DEFAULT now(),
    last_used_at        timestamptz(3) NOT NULL DEFAULT now(),
    expires_at          timestamptz(3) NOT NULL,
    revoked_at          timestamptz(3)
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Token signing keys; the private half is encrypted with the key-encryption key (IDENTITY_KEK).
CREATE TABLE signing_keys (
    kid                    text PRIMARY KEY,
    algorithm              text NOT NULL,
    public_jwk             jsonb NOT NULL,
    private_key_encrypted  text NOT NULL,
    created_at             timestamptz(3) NOT NULL DEFAULT now(),
    -- Retired keys stay published until every token they signed has expired.
    retired_at             timestamptz(3)
);

-- Transactional outbox and consumer inbox (libs/events).
CREATE TABLE outbox_events (
    id            uuid PRIMARY KEY,
    type          text NOT NULL,
    source        text NOT NULL,
    subject       text NOT NULL,
    data          jsonb NOT NULL,
    traceparent   text,
    request_id    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz
);
CREATE INDEX outbox_events_pending_idx ON outbox_events (created_at, id) WHERE published_at IS NULL;

CREATE TABLE inbox_events (
    consumer    text NOT NULL,
    event_id    uuid NOT NULL,
    handled_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
