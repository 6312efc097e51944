-- Defence in depth: tenancy's pool acts as atrium_tenancy_app (DATABASE_APP_ROLE), which row-level
-- security confines to the agency its transaction names in app.agency_id. A query that forgets its
-- agency filter then still sees, changes and inserts only that agency's rows. Migrations and the outbox
-- relay keep the URL's user.

-- Roles belong to the whole server, and several tenancy databases may migrate at once (tests, or
-- replicas on first deploy): whoever comes second finds the role there (duplicate_object) or collides
-- on the catalogue's unique index (unique_violation).
DO $$
BEGIN
    CREATE ROLE atrium_tenancy_app NOLOGIN NOBYPASSRLS;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- The connecting user must be a member to take the role at connection start; superusers already may.
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT atrium_tenancy_app TO %I', current_user);
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO atrium_tenancy_app;
GRANT SELECT, INSERT, UPDATE, DELETE
    ON agencies, agency_members, clients, client_team_members, invitations
    TO atrium_tenancy_app;
-- Events are written in the transaction of their change; only the relay reads and stamps them.
GRANT INSERT ON outbox_events TO atrium_tenancy_app;

-- The agency a transaction acts for, or NULL when it named none (then no agency row is visible).
-- A SQL function Postgres inlines, so policies on it still use the agency_id indexes.
CREATE FUNCTION app_agency_id() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.agency_id', true), '')::uuid $$;

ALTER TABLE agencies ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE agency_members ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE clients ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE client_team_members ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;

-- Without WITH CHECK the USING clause also guards the rows written, so no row of another agency can
-- be inserted or moved there either.
CREATE POLICY agencies_tenant ON agencies USING (id = app_agency_id());
CREATE POLICY agency_members_tenant ON agency_members USING (agency_id = app_agency_id());
CREATE POLICY clients_tenant ON clients USING (agency_id = app_agency_id());
CREATE POLICY client_team_members_tenant ON client_team_members USING (agency_id = app_agency_id());
CREATE POLICY invitations_tenant ON invitations USING (agency_id = app_agency_id());

-- Accepting an invitation starts from its token alone, before the agency is known: the transaction
-- names the token's hash, which shows (and lets it spend) that one invitation and nothing else.
CREATE POLICY invitations_by_token_read ON invitations FOR SELECT
    USING (token_hash = NULLIF(current_setting('app.invitation_token_hash', true), ''));
CREATE POLICY invitations_by_token_claim ON invitations FOR UPDATE
    USING (token_hash = NULLIF(current_setting('app.invitation_token_hash', true), ''));

-- GetAccess, the gateway's authorisation hot path, in one round trip and one transaction: the
-- function names the tenant itself (transaction-locally, so it ends with the caller's statement when
-- no transaction is open) and reads the membership with its agency under the same policies.
CREATE FUNCTION member_access(agency uuid, member uuid)
    RETURNS TABLE (role text, agency_id uuid, agency_name text, agency_created_at timestamptz)
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('app.agency_id', agency::text, true);
    RETURN QUERY
        SELECT m.role, a.id, a.name, a.created_at::timestamptz
          FROM agency_members m
          JOIN agencies a ON a.id = m.agency_id
         WHERE m.agency_id = agency AND m.user_id = member;
END
$$;
GRANT EXECUTE ON FUNCTION member_access(uuid, uuid) TO atrium_tenancy_app;
