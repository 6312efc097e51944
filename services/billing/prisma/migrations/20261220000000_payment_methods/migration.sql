-- Payment methods (docs/billing.md "Payment methods and providers"): one saved card per agency and one
-- per client, as the provider's ids and what a person may see of the card (brand, last four, expiry),
-- never its number. Row-level security as for clients (20261216000001_clients).

CREATE TABLE payment_methods (
    id                          uuid PRIMARY KEY,
    agency_id                   uuid NOT NULL,
    -- NULL for the agency's own card.
    client_id                   uuid,
    provider                    text NOT NULL CHECK (provider IN ('sandbox', 'stripe')),
    provider_customer_id        text NOT NULL,
    provider_payment_method_id  text NOT NULL,
    brand                       text NOT NULL,
    last4                       text NOT NULL CHECK (last4 ~ '^[0-9]{4}$'),
    exp_month                   integer NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
    exp_year                    integer NOT NULL CHECK (exp_year BETWEEN 2000 AND 2200),
    -- active, or declined after a declined charge (the expiry statuses follow from exp_*).
    status                      text NOT NULL CHECK (status IN ('active', 'declined')),
    -- The user who saved it: notification asks tenancy as them for the agency's contact.
    saved_by                    text NOT NULL,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now()
);
-- One card per owner: the agency's (no client) and each client's.
CREATE UNIQUE INDEX payment_methods_agency_owner_idx ON payment_methods (agency_id) WHERE client_id IS NULL;
CREATE UNIQUE INDEX payment_methods_client_owner_idx ON payment_methods (client_id) WHERE client_id IS NOT NULL;
CREATE INDEX payment_methods_provider_pm_idx ON payment_methods (provider_payment_method_id);
CREATE INDEX payment_methods_expiry_idx ON payment_methods (exp_year, exp_month);

GRANT SELECT, INSERT, UPDATE, DELETE ON payment_methods TO atrium_billing_app;
ALTER TABLE payment_methods ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY payment_methods_tenant ON payment_methods USING (agency_id = app_agency_id());

-- What people were told about a card, so they are told once per card and reason ("declined:<code>",
-- "expiring", "expired") however often a charge fails, the scan runs or replicas race: the primary key
-- decides, in the transaction that writes the event. Removing the card removes its alerts with it.
CREATE TABLE payment_method_alerts (
    payment_method_id  uuid NOT NULL REFERENCES payment_methods (id) ON DELETE CASCADE,
    reason             text NOT NULL,
    agency_id          uuid NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (payment_method_id, reason)
);
GRANT SELECT, INSERT, DELETE ON payment_method_alerts TO atrium_billing_app;
ALTER TABLE payment_method_alerts ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY payment_method_alerts_tenant ON payment_method_alerts USING (agency_id = app_agency_id());

-- Provider webhook events already applied, by the provider's event id: a replay changes nothing. Not
-- agency data (a webhook names no agency until its object is looked up), so no row-level security.
CREATE TABLE provider_webhook_events (
    provider    text NOT NULL,
    event_id    text NOT NULL,
    type        text NOT NULL,
    handled_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, event_id)
);
GRANT SELECT, INSERT ON provider_webhook_events TO atrium_billing_app;

-- Webhooks and the daily expiry scan begin without an agency. These answer only which agency a card
-- belongs to, past row-level security, so each can then switch to that agency and see nothing else.
-- They run as their owner (the migrating user), whom FORCE ROW LEVEL SECURITY binds too: a policy for
-- reading lets the owner, and so only these functions and migrations, find a card's agency.
DO $$
BEGIN
    EXECUTE format('CREATE POLICY payment_methods_owner_lookup ON payment_methods FOR SELECT TO %I USING (true)', current_user);
END
$$;
CREATE FUNCTION payment_method_agency(provider_pm_id text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$ SELECT agency_id FROM payment_methods WHERE provider_payment_method_id = provider_pm_id LIMIT 1 $$;

CREATE FUNCTION payment_methods_expiring_before(cutoff_year integer, cutoff_month integer)
    RETURNS TABLE (id uuid, agency_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$
        SELECT id, agency_id FROM payment_methods
        WHERE (exp_year, exp_month) <= (cutoff_year, cutoff_month)
        ORDER BY agency_id, id
    $$;
REVOKE ALL ON FUNCTION payment_method_agency(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION payment_methods_expiring_before(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payment_method_agency(text) TO atrium_billing_app;
GRANT EXECUTE ON FUNCTION payment_methods_expiring_before(integer, integer) TO atrium_billing_app;
