-- Plans and subscriptions (docs/billing.md "Plans and subscriptions"): the catalogue of plans, each
-- agency's subscription to one, the monthly fee charges (one row per agency and period, taken before
-- the provider is asked, so two runners charge a period once) and plan changes under their
-- Idempotency-Key. Row-level security as for clients (20261216000001_clients), but for the catalogue.

-- The catalogue is no agency's data: every agency reads the same plans.
CREATE TABLE plans (
    id                 text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_-]{0,63}$'),
    name               text NOT NULL,
    monthly_fee_minor  bigint NOT NULL CHECK (monthly_fee_minor >= 0),
    currency           char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- Client accounts allowed, active and inactive together; NULL: unlimited.
    client_limit       integer CHECK (client_limit >= 0),
    features           text[] NOT NULL DEFAULT '{}',
    -- Where sign-up puts a new agency: exactly one plan.
    is_default         boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX plans_one_default_idx ON plans (is_default) WHERE is_default;
GRANT SELECT ON plans TO atrium_billing_app;

-- Growth is the default: its 100 clients are what tenancy allowed every agency before plans
-- (PLAN_CLIENT_LIMIT), so no agency loses room by getting a plan.
INSERT INTO plans (id, name, monthly_fee_minor, currency, client_limit, features, is_default) VALUES
    ('starter', 'Starter', 4900, 'USD', 10, ARRAY['campaigns', 'client_portal'], false),
    ('growth', 'Growth', 14900, 'USD', 100, ARRAY['campaigns', 'client_portal', 'white_label', 'api_access'], true),
    ('agency-unlimited', 'Agency Unlimited', 39900, 'USD', NULL,
        ARRAY['campaigns', 'client_portal', 'white_label', 'api_access', 'priority_support'], false);

CREATE TABLE subscriptions (
    agency_id               uuid PRIMARY KEY,
    plan_id                 text NOT NULL REFERENCES plans (id),
    status                  text NOT NULL CHECK (status IN ('active', 'past_due')),
    -- The period paid for: [start, end), a calendar month in UTC.
    current_period_start    timestamptz NOT NULL,
    current_period_end      timestamptz NOT NULL CHECK (current_period_end > current_period_start),
    -- While past_due: since when, and when the runner tries again (NULL: no retry left).
    past_due_since          timestamptz,
    next_retry_at           timestamptz,
    -- Whom notification asks tenancy as for the agency's contact when no card names its saver.
    contact_lookup_user_id  text NOT NULL DEFAULT '',
    -- Grows with every change; subscription events carry it so projections keep the newest.
    version                 bigint NOT NULL DEFAULT 1,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'past_due') = (past_due_since IS NOT NULL))
);
GRANT SELECT, INSERT, UPDATE, DELETE ON subscriptions TO atrium_billing_app;
ALTER TABLE subscriptions ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY subscriptions_tenant ON subscriptions USING (agency_id = app_agency_id());

-- One monthly fee charge per agency and period: the runner inserts it (or finds it) under the
-- subscription's row lock before asking the provider, and derives the provider's idempotency key from
-- its id and attempt, so runners racing on several replicas charge a period once.
CREATE TABLE subscription_charges (
    id                  uuid PRIMARY KEY,
    agency_id           uuid NOT NULL,
    -- The period the fee pays for.
    period_start        timestamptz NOT NULL,
    period_end          timestamptz NOT NULL,
    plan_id             text NOT NULL REFERENCES plans (id),
    amount_minor        bigint NOT NULL CHECK (amount_minor >= 0),
    currency            char(3) NOT NULL,
    -- pending while an attempt is with the provider; failed between retries; succeeded at the end.
    status              text NOT NULL CHECK (status IN ('pending', 'failed', 'succeeded')),
    attempts            integer NOT NULL DEFAULT 0,
    -- A pending attempt is another runner's until then; past it, the next runner repeats the same
    -- attempt under the same idempotency key, so a runner that died mid-charge charges nothing twice.
    claimed_until       timestamptz,
    last_failure        text,
    provider_payment_id text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (agency_id, period_start)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON subscription_charges TO atrium_billing_app;
ALTER TABLE subscription_charges ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY subscription_charges_tenant ON subscription_charges USING (agency_id = app_agency_id());

-- A plan change under its Idempotency-Key: pending while its proration charge is with the provider (a
-- retry with the same key repeats that charge under the same provider key and finishes the change),
-- done with the answer it gave.
CREATE TABLE subscription_changes (
    id                  uuid PRIMARY KEY,
    agency_id           uuid NOT NULL,
    idempotency_key     text NOT NULL,
    plan_id             text NOT NULL REFERENCES plans (id),
    status              text NOT NULL CHECK (status IN ('pending', 'done')),
    charged_amount_minor bigint NOT NULL CHECK (charged_amount_minor >= 0),
    currency            char(3) NOT NULL,
    -- The end of the period the proration was priced for (what the charge paid).
    period_end          timestamptz NOT NULL,
    actor_id            text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (agency_id, idempotency_key)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON subscription_changes TO atrium_billing_app;
ALTER TABLE subscription_changes ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY subscription_changes_tenant ON subscription_changes USING (agency_id = app_agency_id());

-- The fee runner begins without an agency: this answers, past row-level security, which agencies'
-- fees are due (the period ended while active, or a retry is due while past_due) and not being charged
-- by another runner right now (its claim still running), ids only, so the runner then switches to each
-- agency. As payment_methods_expiring_before, through owner policies.
DO $$
BEGIN
    EXECUTE format('CREATE POLICY subscriptions_owner_lookup ON subscriptions FOR SELECT TO %I USING (true)', current_user);
    EXECUTE format('CREATE POLICY subscription_charges_owner_lookup ON subscription_charges FOR SELECT TO %I USING (true)', current_user);
END
$$;
CREATE FUNCTION subscriptions_due(due_at timestamptz, batch integer)
    RETURNS TABLE (agency_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$
        SELECT s.agency_id FROM subscriptions s
        WHERE ((s.status = 'active' AND s.current_period_end <= due_at)
               OR (s.status = 'past_due' AND s.next_retry_at <= due_at))
          AND NOT EXISTS (
              SELECT 1 FROM subscription_charges c
              WHERE c.agency_id = s.agency_id AND c.period_start = s.current_period_end
                AND c.status = 'pending' AND c.claimed_until > due_at)
        ORDER BY s.agency_id
        LIMIT batch
    $$;
REVOKE ALL ON FUNCTION subscriptions_due(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION subscriptions_due(timestamptz, integer) TO atrium_billing_app;
