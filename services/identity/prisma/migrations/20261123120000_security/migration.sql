-- Accounts (docs/security.md): profile and avatar, login throttling, rotated refresh tokens, password resets, API keys.

-- The avatar lives beside the profile: it is small (≤ 1 MiB, checked by content before it is stored)
-- and read rarely, through its own RPC; the etag changes with the image so its URL can be cached.
ALTER TABLE users
    ADD COLUMN phone                text NOT NULL DEFAULT '',
    ADD COLUMN position             text NOT NULL DEFAULT '',
    ADD COLUMN avatar               bytea,
    ADD COLUMN avatar_content_type  text,
    ADD COLUMN avatar_etag          text;

-- Failed logins per normalised email, whether or not an identity has it, so a lock reveals nothing.
CREATE TABLE login_throttles (
    email              text PRIMARY KEY CHECK (email = lower(email)),
    failures           integer NOT NULL,
    window_started_at  timestamptz(3) NOT NULL,
    locked_until       timestamptz(3)
);

-- A session is one login (the token family); each refresh spends its token and issues the next.
-- Spent rows stay until they expire, so presenting one again is recognised as theft.
CREATE TABLE refresh_tokens (
    token_hash  text PRIMARY KEY,
    session_id  uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    expires_at  timestamptz(3) NOT NULL,
    used_at     timestamptz(3),
    created_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id);

-- Sessions opened before this migration keep working: their one token moves to refresh_tokens.
INSERT INTO refresh_tokens (token_hash, session_id, expires_at, created_at)
SELECT refresh_token_hash, id, expires_at, last_used_at FROM sessions;
ALTER TABLE sessions DROP COLUMN refresh_token_hash;

-- Single-use reset links: only the SHA-256 of the token is kept.
CREATE TABLE password_resets (
    token_hash  text PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at  timestamptz(3) NOT NULL,
    used_at     timestamptz(3),
    created_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX password_resets_user_idx ON password_resets (user_id);

-- Agency API keys: the secret is shown once and kept only as its SHA-256.
CREATE TABLE api_keys (
    id                  uuid PRIMARY KEY,
    agency_id           uuid NOT NULL,
    name                text NOT NULL,
    -- "atr_" and the next 8 characters of the secret, to tell keys apart in lists.
    prefix              text NOT NULL,
    secret_hash         text NOT NULL UNIQUE,
    permissions         text[] NOT NULL,
    created_by_user_id  uuid NOT NULL,
    created_at          timestamptz(3) NOT NULL DEFAULT now(),
    last_used_at        timestamptz(3),
    revoked_at          timestamptz(3)
);
CREATE INDEX api_keys_agency_idx ON api_keys (agency_id);
