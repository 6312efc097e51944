-- Credits: an append-only double-entry ledger (docs/billing.md "Credits and the ledger").

-- The price list of credits: each row one volume tier, priced per credit in integer minor units.
-- A tier runs from min_quantity up to the next tier's (max_quantity NULL: no upper end). The packs are
-- the same for every agency, so the table holds no agency id and needs no row-level security.
CREATE TABLE credit_pack_tiers (
    id                    text PRIMARY KEY,
    min_quantity          integer NOT NULL CHECK (min_quantity >= 1),
    max_quantity          integer CHECK (max_quantity IS NULL OR max_quantity >= min_quantity),
    unit_price_minor      bigint NOT NULL CHECK (unit_price_minor > 0),
    currency              char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    UNIQUE (currency, min_quantity)
);
GRANT SELECT ON credit_pack_tiers TO atrium_billing_app;
INSERT INTO credit_pack_tiers (id, min_quantity, max_quantity, unit_price_minor, currency) VALUES
    ('usd-starter', 1, 999, 100, 'USD'),
    ('usd-volume', 1000, 4999, 85, 'USD'),
    ('usd-bulk', 5000, NULL, 70, 'USD');

-- One account per holder of credits. `agency` and `client` hold credits their owner may spend;
-- `reserved` holds what a client's open reservations set aside; `consumed` is where committed
-- reservations end; `issued` is where bought credits come from, so its balance is minus every credit
-- ever bought. Only `issued` may go below zero: the CHECK is the last line of the no-overdraft rule,
-- which the transaction writing an entry checks first under the account's row lock.
CREATE TABLE credit_accounts (
    id          uuid PRIMARY KEY,
    agency_id   uuid NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('agency', 'client', 'reserved', 'consumed', 'issued')),
    -- The client the account belongs to (client, reserved); NULL for the agency's own accounts.
    client_id   uuid,
    balance     bigint NOT NULL DEFAULT 0,
    CHECK (kind = 'issued' OR balance >= 0),
    CHECK ((kind IN ('client', 'reserved')) = (client_id IS NOT NULL))
);
CREATE UNIQUE INDEX credit_accounts_holder_idx ON credit_accounts (agency_id, kind, COALESCE(client_id, agency_id));

-- Why credits moved: one request (a transfer, a reservation step, a purchase), with the
-- Idempotency-Key or caller-given id that makes it safe to repeat and a hash of what was asked.
-- A client's movements are deleted by the client purge; the entries stay (ids and amounts only).
CREATE TABLE credit_movements (
    id               uuid PRIMARY KEY,
    agency_id        uuid NOT NULL,
    client_id        uuid,
    kind             text NOT NULL CHECK (kind IN ('transfer', 'reserve', 'commit', 'release', 'purchase')),
    idempotency_key  text NOT NULL,
    request_hash     text NOT NULL,
    reason           text NOT NULL,
    actor_id         text,
    -- What the first request answered, replayed for the same key and body.
    result           jsonb,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (agency_id, idempotency_key)
);
CREATE INDEX credit_movements_client_idx ON credit_movements (agency_id, client_id);

-- The ledger: each row moves `amount` out of the debit account into the credit account. Rows are
-- only ever inserted (no grant and a trigger refuse UPDATE and DELETE), and every account's balance is
-- the sum of what entered it minus what left it.
CREATE TABLE credit_entries (
    id                 uuid PRIMARY KEY,
    agency_id          uuid NOT NULL,
    movement_id        uuid NOT NULL,
    debit_account_id   uuid NOT NULL REFERENCES credit_accounts (id),
    credit_account_id  uuid NOT NULL REFERENCES credit_accounts (id),
    amount             bigint NOT NULL CHECK (amount > 0),
    -- Orders the ledger for cursor paging: time, then a sequence that breaks ties.
    seq                bigint GENERATED ALWAYS AS IDENTITY,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (debit_account_id <> credit_account_id)
);
CREATE INDEX credit_entries_debit_idx ON credit_entries (debit_account_id, seq);
CREATE INDEX credit_entries_credit_idx ON credit_entries (credit_account_id, seq);

CREATE FUNCTION credit_entries_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'credit_entries is append-only'; END $$;
CREATE TRIGGER credit_entries_append_only BEFORE UPDATE OR DELETE ON credit_entries
    FOR EACH ROW EXECUTE FUNCTION credit_entries_append_only();

-- A campaign's hold on a client's credits, by the id the caller gave it.
CREATE TABLE credit_reservations (
    id                uuid PRIMARY KEY,
    agency_id         uuid NOT NULL,
    client_id         uuid NOT NULL,
    amount            bigint NOT NULL CHECK (amount > 0),
    status            text NOT NULL CHECK (status IN ('open', 'committed', 'released')),
    committed_amount  bigint CHECK (committed_amount >= 0 AND committed_amount <= amount),
    reason            text NOT NULL,
    expires_at        timestamptz NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    closed_at         timestamptz
);
CREATE INDEX credit_reservations_open_idx ON credit_reservations (expires_at) WHERE status = 'open';
CREATE INDEX credit_reservations_client_idx ON credit_reservations (agency_id, client_id);

GRANT SELECT, INSERT, UPDATE ON credit_accounts TO atrium_billing_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON credit_movements TO atrium_billing_app;
GRANT SELECT, INSERT ON credit_entries TO atrium_billing_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON credit_reservations TO atrium_billing_app;

ALTER TABLE credit_accounts ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE credit_movements ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE credit_entries ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE credit_reservations ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY credit_accounts_tenant ON credit_accounts USING (agency_id = app_agency_id());
CREATE POLICY credit_movements_tenant ON credit_movements USING (agency_id = app_agency_id());
CREATE POLICY credit_entries_tenant ON credit_entries USING (agency_id = app_agency_id());
CREATE POLICY credit_reservations_tenant ON credit_reservations USING (agency_id = app_agency_id());

-- The expiry sweeper must find open reservations past their expiry in every agency, which the app
-- role cannot see. This function runs as the migrating role, which a policy of its own lets read just
-- those rows, and answers ids only; the sweeper then releases each inside its own agency's transaction.
CREATE POLICY credit_reservations_sweep ON credit_reservations FOR SELECT TO CURRENT_USER
    USING (status = 'open' AND expires_at < now());
CREATE FUNCTION expired_credit_reservations(max_rows integer)
    RETURNS TABLE (reservation_id uuid, reservation_agency_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT id, agency_id FROM credit_reservations
         WHERE status = 'open' AND expires_at < now()
         ORDER BY expires_at LIMIT max_rows
    $$;
REVOKE ALL ON FUNCTION expired_credit_reservations(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION expired_credit_reservations(integer) TO atrium_billing_app;
