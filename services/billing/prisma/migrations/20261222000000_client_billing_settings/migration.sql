-- Per-client money settings (docs/billing.md "Per-client money settings"): the license price per
-- month and the spending limit per calendar month, in integer minor units of the client's currency.
-- No row: no license price, no limit, USD. The row is also what a client's purchases lock, so
-- concurrent charges to one card are checked against the limit one after another.
CREATE TABLE client_billing_settings (
    client_id             uuid PRIMARY KEY,
    agency_id             uuid NOT NULL,
    license_price_minor   bigint NOT NULL DEFAULT 0 CHECK (license_price_minor >= 0),
    -- NULL: no spending limit.
    spending_limit_minor  bigint CHECK (spending_limit_minor >= 0),
    currency              char(3) NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
    updated_by            text NOT NULL,
    updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX client_billing_settings_agency_idx ON client_billing_settings (agency_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON client_billing_settings TO atrium_billing_app;
ALTER TABLE client_billing_settings ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY client_billing_settings_tenant ON client_billing_settings USING (agency_id = app_agency_id());
