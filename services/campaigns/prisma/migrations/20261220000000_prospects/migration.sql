-- Each client's prospect database (docs/campaigns.md): prospects, lists, custom prospect fields, field
-- mappings for CSV imports, and the prospect counters of the client list
-- (docs/product.md#client-list-counters). Every table carries agency_id under the same row-level
-- security as clients (migration 20261216000001_clients), and the purge (src/events/purge-client.ts)
-- deletes each by client_id.

-- A deleted prospect keeps its row (deleted_at) until the purge, so ids it had in answers stay
-- unique; every list, count and uniqueness check leaves it out.
CREATE TABLE prospects (
    id                  uuid PRIMARY KEY,
    agency_id           uuid NOT NULL,
    client_id           uuid NOT NULL,
    -- Lower-cased by campaigns' domain (domain/prospect-fields.ts), so equality is case-insensitive.
    email               text NOT NULL CHECK (email = lower(email)),
    first_name          text NOT NULL DEFAULT '',
    last_name           text NOT NULL DEFAULT '',
    company             text NOT NULL DEFAULT '',
    position            text NOT NULL DEFAULT '',
    phone               text NOT NULL DEFAULT '',
    custom_fields       jsonb NOT NULL DEFAULT '{}'::jsonb,
    tags                text[] NOT NULL DEFAULT '{}',
    status              text NOT NULL CHECK (status IN ('active', 'unsubscribed', 'bounced', 'blacklisted')),
    last_contacted_at   timestamptz,
    email_validated_at  timestamptz,
    email_sent_at       timestamptz,
    task_done_at        timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    deleted_at          timestamptz
);
CREATE UNIQUE INDEX prospects_client_email_key ON prospects (client_id, email) WHERE deleted_at IS NULL;
-- The list's sorts walk (client_id, key, id) among stored prospects.
CREATE INDEX prospects_client_created_idx ON prospects (client_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX prospects_client_last_name_idx ON prospects (client_id, lower(last_name), id) WHERE deleted_at IS NULL;
CREATE INDEX prospects_client_company_idx ON prospects (client_id, lower(company), id) WHERE deleted_at IS NULL;
CREATE INDEX prospects_client_contacted_idx ON prospects (client_id, last_contacted_at, id) WHERE deleted_at IS NULL;
CREATE INDEX prospects_tags_idx ON prospects USING gin (tags);
CREATE INDEX prospects_agency_id_idx ON prospects (agency_id);

CREATE TABLE prospect_lists (
    id          uuid PRIMARY KEY,
    agency_id   uuid NOT NULL,
    client_id   uuid NOT NULL,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX prospect_lists_client_name_key ON prospect_lists (client_id, lower(name));
CREATE INDEX prospect_lists_client_created_idx ON prospect_lists (client_id, created_at, id);

-- Deleting a list takes its memberships with it and leaves its prospects.
CREATE TABLE prospect_list_members (
    list_id      uuid NOT NULL REFERENCES prospect_lists (id) ON DELETE CASCADE,
    prospect_id  uuid NOT NULL REFERENCES prospects (id) ON DELETE CASCADE,
    agency_id    uuid NOT NULL,
    client_id    uuid NOT NULL,
    added_at     timestamptz NOT NULL,
    PRIMARY KEY (list_id, prospect_id)
);
CREATE INDEX prospect_list_members_prospect_idx ON prospect_list_members (prospect_id);

CREATE TABLE prospect_fields (
    agency_id   uuid NOT NULL,
    client_id   uuid NOT NULL,
    key         text NOT NULL,
    label       text NOT NULL,
    type        text NOT NULL CHECK (type IN ('text', 'number', 'date')),
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (client_id, key)
);

CREATE TABLE field_mappings (
    id                uuid PRIMARY KEY,
    agency_id         uuid NOT NULL,
    client_id         uuid NOT NULL,
    "column"          text NOT NULL,
    target            text NOT NULL CHECK (target IN
        ('email', 'first_name', 'last_name', 'company', 'position', 'phone', 'tags', 'custom')),
    custom_field_key  text,
    created_at        timestamptz NOT NULL,
    CHECK ((target = 'custom') = (custom_field_key IS NOT NULL)),
    -- A mapping onto a custom field goes with the field.
    FOREIGN KEY (client_id, custom_field_key) REFERENCES prospect_fields (client_id, key) ON DELETE CASCADE
);
CREATE UNIQUE INDEX field_mappings_client_column_key ON field_mappings (client_id, lower("column"));

-- The client's prospect counters, recounted in the transaction of every change (the row is locked
-- first, so changes of one client count one after the other). version grows with every change;
-- published_version is the version the last client_counters.changed carried, so the publisher
-- (src/events/publish-counters.ts) finds the clients whose counts it has not told yet.
CREATE TABLE client_prospect_counters (
    client_id            uuid PRIMARY KEY,
    agency_id            uuid NOT NULL,
    stored_prospects     bigint NOT NULL DEFAULT 0,
    connected_prospects  bigint NOT NULL DEFAULT 0,
    version              bigint NOT NULL DEFAULT 0,
    published_version    bigint NOT NULL DEFAULT 0,
    published_at         timestamptz
);
CREATE INDEX client_prospect_counters_due_idx ON client_prospect_counters (published_at)
    WHERE version > published_version;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['prospects', 'prospect_lists', 'prospect_list_members', 'prospect_fields',
                             'field_mappings', 'client_prospect_counters']
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO atrium_campaigns_app', t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (agency_id = app_agency_id())', t || '_tenant', t);
    END LOOP;
END
$$;
-- The owner too is confined, as for clients; except on the counters, which due_client_counters below
-- reads as the owner for every agency.
ALTER TABLE prospects FORCE ROW LEVEL SECURITY;
ALTER TABLE prospect_lists FORCE ROW LEVEL SECURITY;
ALTER TABLE prospect_list_members FORCE ROW LEVEL SECURITY;
ALTER TABLE prospect_fields FORCE ROW LEVEL SECURITY;
ALTER TABLE field_mappings FORCE ROW LEVEL SECURITY;

-- The publisher runs for every agency at once, which row-level security would hide from it: this names
-- only the ids of the clients whose counts are due (changed since the last event, and that event at
-- least min_interval old), and the publisher then reads and stamps each under its own agency. Owned
-- by the migrating user, the table's owner, so it reads past the policies; it reveals no counts.
CREATE FUNCTION due_client_counters(min_interval interval, max_rows integer)
    RETURNS TABLE (agency_id uuid, client_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$
        SELECT c.agency_id, c.client_id FROM client_prospect_counters c
         WHERE c.version > c.published_version
           AND (c.published_at IS NULL OR c.published_at <= now() - min_interval)
         ORDER BY c.published_at NULLS FIRST
         LIMIT max_rows
    $$;
REVOKE ALL ON FUNCTION due_client_counters(interval, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION due_client_counters(interval, integer) TO atrium_campaigns_app;
