-- Login throttling that cannot be used to keep a person out (docs/security.md, "Online guessing").

-- login_throttles becomes the per-email ceiling over every client address: its count and window stay,
-- but a lock now takes far more failures and is lifted by the unlock link. A lock set by the former
-- rule (5 failures) would now keep the person out for nothing, so those end here.
UPDATE login_throttles SET locked_until = NULL;
ALTER TABLE login_throttles ALTER COLUMN failures SET DEFAULT 0;

-- Failed logins per (email, client address): the low threshold and the growing delay. The address is
-- the key the gateway's client address reduces to (an IPv6 /64, an IPv4 address, or a session for a
-- password change); kept whether or not an identity has the email, so a delay reveals nothing.
CREATE TABLE login_address_throttles (
    email              text NOT NULL CHECK (email = lower(email)),
    address            text NOT NULL,
    failures           integer NOT NULL DEFAULT 0,
    window_started_at  timestamptz(3) NOT NULL,
    locked_until       timestamptz(3),
    PRIMARY KEY (email, address)
);

-- Single-use unlock links mailed when the ceiling locks an email that has an identity: only the
-- SHA-256 of the token is kept.
CREATE TABLE login_unlocks (
    token_hash  text PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at  timestamptz(3) NOT NULL,
    used_at     timestamptz(3),
    created_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX login_unlocks_user_idx ON login_unlocks (user_id);
