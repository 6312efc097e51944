-- Defence in depth: billing's pool acts as atrium_billing_app (DATABASE_APP_ROLE), which
-- row-level security confines to the agency its transaction names in app.agency_id (store/tenant.ts).
-- A query that forgets its agency filter then still sees, changes and inserts only that agency's rows.
-- Migrations and the outbox relay keep the URL's user. And the first table with agency data: the
-- client statuses billing keeps from tenancy's lifecycle events.

-- Roles belong to the whole server, and several databases of this service may migrate at once (tests,
-- or replicas on first deploy): whoever comes second finds the role there (duplicate_object) or
-- collides on the catalogue's unique index (unique_violation).
DO $$
BEGIN
    CREATE ROLE atrium_billing_app NOLOGIN NOBYPASSRLS;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- The connecting user must be a member to take the role at connection start; superusers already may.
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT atrium_billing_app TO %I', current_user);
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO atrium_billing_app;
-- Events are written in the transaction of their change; only the relay reads and stamps them. The
-- consumers' inbox rows are written in the transaction of the handler.
GRANT INSERT ON outbox_events TO atrium_billing_app;
GRANT SELECT, INSERT ON inbox_events TO atrium_billing_app;

-- The agency a transaction acts for, or NULL when it named none (then no agency row is visible).
-- A SQL function Postgres inlines, so policies on it still use the agency_id indexes.
CREATE FUNCTION app_agency_id() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.agency_id', true), '')::uuid $$;

-- A client's status as of tenancy's last lifecycle event about it; 'deleted' rows are tombstones of
-- ids only, left by the purge (src/events/purge-client.ts).
CREATE TABLE clients (
    id                 uuid PRIMARY KEY,
    agency_id          uuid NOT NULL,
    status             text NOT NULL CHECK (status IN ('active', 'inactive', 'deleted')),
    status_changed_at  timestamptz NOT NULL
);
CREATE INDEX clients_agency_id_idx ON clients (agency_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON clients TO atrium_billing_app;
ALTER TABLE clients ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
-- Without WITH CHECK the USING clause also guards the rows written, so no row of another agency can
-- be inserted or moved there either.
CREATE POLICY clients_tenant ON clients USING (agency_id = app_agency_id());
