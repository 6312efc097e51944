-- Each client's email and direct-mail templates, and which client is the agency's master account
-- (docs/campaigns.md "Templates and the master account"). Row-level security as on every table of
-- agency data (migration 20261216000001_clients); the purge (src/events/purge-client.ts) deletes a
-- client's templates by client_id.

-- Whether the client is the agency's master account, as tenancy's client.created and client.updated
-- tell it (src/events/project-client-status.ts): only the master pushes templates to other clients.
-- master_changed_at is the time of the event that told it, so a retried older event changes nothing.
ALTER TABLE clients ADD COLUMN is_master boolean NOT NULL DEFAULT false;
ALTER TABLE clients ADD COLUMN master_changed_at timestamptz;

-- A copy pushed from the master client names its source (source_client_id, source_template_id) and
-- when a push last wrote it (pushed_at); edited_since_push turns true when anyone changes the copy, and
-- a later push then leaves it alone. Templates made in the client itself have no source.
CREATE TABLE templates (
    id                  uuid PRIMARY KEY,
    agency_id           uuid NOT NULL,
    client_id           uuid NOT NULL,
    name                text NOT NULL,
    channel             text NOT NULL CHECK (channel IN ('email', 'direct_mail')),
    subject             text NOT NULL DEFAULT '',
    html_body           text NOT NULL DEFAULT '',
    text_body           text NOT NULL DEFAULT '',
    source_client_id    uuid,
    source_template_id  uuid,
    pushed_at           timestamptz,
    edited_since_push   boolean NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    CHECK ((source_template_id IS NULL) = (source_client_id IS NULL)),
    CHECK ((source_template_id IS NULL) = (pushed_at IS NULL))
);
-- One copy of a master template per client, so concurrent pushes cannot make two.
CREATE UNIQUE INDEX templates_client_source_key ON templates (client_id, source_template_id)
    WHERE source_template_id IS NOT NULL;
CREATE INDEX templates_client_created_idx ON templates (client_id, created_at, id);
CREATE INDEX templates_agency_id_idx ON templates (agency_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON templates TO atrium_campaigns_app;
ALTER TABLE templates ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY templates_tenant ON templates USING (agency_id = app_agency_id());
