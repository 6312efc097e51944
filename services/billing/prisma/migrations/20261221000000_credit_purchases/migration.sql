-- Credit purchases (docs/billing.md "Purchases"): one row per Idempotency-Key, written `pending`
-- before the provider is asked to charge, so a charge that succeeded is always known to have been
-- asked for. The row ends `succeeded` in the transaction that credits it (the ledger movement), or
-- `declined`; a pending one is finished by a retry, the provider's answer or its webhook, and its row
-- lock makes sure it is credited exactly once.
CREATE TABLE credit_purchases (
    id                   uuid PRIMARY KEY,
    agency_id            uuid NOT NULL,
    -- NULL: the agency's own purchase (its card, its balance); else the client's.
    client_id            uuid,
    idempotency_key      text NOT NULL,
    request_hash         text NOT NULL,
    quantity             bigint NOT NULL CHECK (quantity > 0),
    tier_id              text NOT NULL,
    unit_price_minor     bigint NOT NULL CHECK (unit_price_minor > 0),
    amount_minor         bigint NOT NULL CHECK (amount_minor > 0),
    currency             char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status               text NOT NULL CHECK (status IN ('pending', 'succeeded', 'declined')),
    -- The provider's decline code (card_declined, …, authentication_required) of a declined one.
    decline_reason       text,
    provider_payment_id  text,
    -- The movement that credited it, and what the purchase answered, replayed for its key.
    movement_id          uuid,
    result               jsonb,
    actor_id             text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    completed_at         timestamptz,
    UNIQUE (agency_id, idempotency_key),
    CHECK ((status = 'succeeded') = (movement_id IS NOT NULL)),
    CHECK ((status = 'declined') = (decline_reason IS NOT NULL))
);
CREATE INDEX credit_purchases_pending_idx ON credit_purchases (created_at) WHERE status = 'pending';
CREATE INDEX credit_purchases_client_idx ON credit_purchases (agency_id, client_id, created_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON credit_purchases TO atrium_billing_app;
ALTER TABLE credit_purchases ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY credit_purchases_tenant ON credit_purchases USING (agency_id = app_agency_id());

-- The provider's webhook names a purchase (the charge's metadata) but no agency. As
-- payment_method_agency, this answers only the purchase's agency past row-level security, so the
-- webhook can then switch to that agency and see nothing else.
DO $$
BEGIN
    EXECUTE format('CREATE POLICY credit_purchases_owner_lookup ON credit_purchases FOR SELECT TO %I USING (true)', current_user);
END
$$;
CREATE FUNCTION credit_purchase_agency(purchase uuid) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$ SELECT agency_id FROM credit_purchases WHERE id = purchase $$;
REVOKE ALL ON FUNCTION credit_purchase_agency(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION credit_purchase_agency(uuid) TO atrium_billing_app;
