-- Client accounts in full (docs/product.md "Client accounts"): custom properties on agency-defined keys, company profile,
-- contacts, billing mode, renewal date and settings; and the indexes of the client list's sorts.

-- The keys an agency allows in its clients' custom properties.
CREATE TABLE agency_custom_fields (
    agency_id   uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    key         text NOT NULL,
    label       text NOT NULL,
    created_at  timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (agency_id, key)
);
ALTER TABLE agency_custom_fields ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY agency_custom_fields_tenant ON agency_custom_fields USING (agency_id = app_agency_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON agency_custom_fields TO atrium_tenancy_app;

ALTER TABLE clients
    -- The name as the list sorts it. Stored rather than an expression index: lower() is not
    -- leakproof, so under row-level security a keyset condition on lower(name) could not use an index.
    ADD COLUMN name_key               text GENERATED ALWAYS AS (lower(name)) STORED,
    ADD COLUMN custom_properties      jsonb NOT NULL DEFAULT '{}',
    -- Required before a client may send email (anti-spam law); empty until the agency fills it in.
    ADD COLUMN company_legal_name     text NOT NULL DEFAULT '',
    ADD COLUMN company_street         text NOT NULL DEFAULT '',
    ADD COLUMN company_city           text NOT NULL DEFAULT '',
    ADD COLUMN company_postal_code    text NOT NULL DEFAULT '',
    ADD COLUMN company_country        text NOT NULL DEFAULT '' CHECK (company_country ~ '^([A-Z]{2})?$'),
    -- Receives system notifications.
    ADD COLUMN profile_contact_name   text NOT NULL DEFAULT '',
    ADD COLUMN profile_contact_email  text NOT NULL DEFAULT '',
    ADD COLUMN profile_contact_phone  text NOT NULL DEFAULT '',
    -- Receives billing email (client_card clients only).
    ADD COLUMN billing_contact_name   text NOT NULL DEFAULT '',
    ADD COLUMN billing_contact_email  text NOT NULL DEFAULT '',
    ADD COLUMN billing_contact_phone  text NOT NULL DEFAULT '',
    ADD COLUMN billing_mode           text NOT NULL DEFAULT 'agency_managed'
        CHECK (billing_mode IN ('client_card', 'agency_managed')),
    ADD COLUMN renewal_date           date,
    ADD COLUMN ads_enabled            boolean NOT NULL DEFAULT true,
    ADD COLUMN client_may_rebrand     boolean NOT NULL DEFAULT true,
    ADD COLUMN direct_support         boolean NOT NULL DEFAULT true,
    ADD COLUMN email_send_limit_per_month integer CHECK (email_send_limit_per_month > 0),
    ADD COLUMN engagement_suppression boolean NOT NULL DEFAULT true,
    -- Clients paying by their own card pay for overages themselves, so no limit may be set on them.
    ADD CONSTRAINT clients_limits_only_agency_managed
        CHECK (billing_mode = 'agency_managed' OR email_send_limit_per_month IS NULL),
    ADD CONSTRAINT clients_account_manager_fkey
        FOREIGN KEY (agency_id, account_manager_id) REFERENCES agency_members (agency_id, user_id);

-- One master client account (the agency's own) per agency.
CREATE UNIQUE INDEX clients_one_master ON clients (agency_id) WHERE is_master AND status <> 'deleted';

-- Keyset walks of the list's sorts; created_at has clients_agency_created_idx. Counter sorts stay
-- unindexed until campaigns feeds the counters.
CREATE INDEX clients_agency_name_idx ON clients (agency_id, name_key, id);
CREATE INDEX clients_agency_activity_idx ON clients (agency_id, last_activity_at, id);
CREATE INDEX clients_account_manager_idx ON clients (agency_id, account_manager_id);
CREATE INDEX clients_tags_idx ON clients USING gin (tags);
