-- Each agency's plan client limit as billing's subscription.changed events tell it (docs/billing.md
-- "Plans and subscriptions"), so creating a client checks it without asking billing. An agency billing
-- has told nothing yet is held to PLAN_CLIENT_LIMIT.
CREATE TABLE agency_plan_limits (
    agency_id     uuid PRIMARY KEY,
    plan_id       text NOT NULL,
    -- Client accounts allowed, active and inactive together; NULL: unlimited.
    client_limit  integer CHECK (client_limit >= 0),
    -- The subscription's version in billing: an older event than the one kept changes nothing.
    version       bigint NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON agency_plan_limits TO atrium_tenancy_app;
ALTER TABLE agency_plan_limits ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY agency_plan_limits_tenant ON agency_plan_limits USING (agency_id = app_agency_id());
