-- Client users (docs/product.md, "Client roles"): the people of the customer company inside one client account,
-- each with a client role. The id is the API's userId for the client user; identity_user_id is set once
-- the person has an identity (an accepted invitation, or an initial password set by the agency).
CREATE TABLE client_users (
    id                uuid PRIMARY KEY,
    agency_id         uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    client_id         uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    identity_user_id  uuid,
    name              text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
    -- Stored trimmed and lower case, as identity keeps emails.
    email             text NOT NULL,
    -- What uniqueness compares; generated so no write can forget it.
    email_key         text GENERATED ALWAYS AS (lower(email)) STORED,
    -- The name as the list sorts it, stored for the same reason as clients.name_key.
    name_key          text GENERATED ALWAYS AS (lower(name)) STORED,
    position          text NOT NULL DEFAULT '',
    phone             text NOT NULL DEFAULT '',
    role              text NOT NULL CHECK (role IN ('primary', 'administrator', 'designer', 'read_only')),
    status            text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'disabled')),
    created_at        timestamptz(3) NOT NULL DEFAULT now(),
    updated_at        timestamptz(3) NOT NULL DEFAULT now(),
    last_activity_at  timestamptz(3),
    -- Only a person with an identity can be active.
    CHECK (status <> 'active' OR identity_user_id IS NOT NULL)
);
-- An email is used once per client (409 email_in_use); the same person may be a user of other clients.
CREATE UNIQUE INDEX client_users_email_idx ON client_users (client_id, email_key);
-- Exactly one primary per client (409 primary_exists): the index settles concurrent creations.
CREATE UNIQUE INDEX client_users_one_primary ON client_users (client_id) WHERE role = 'primary';
-- One identity is one client user per client; also GetAccess's lookup of a person's client roles.
CREATE UNIQUE INDEX client_users_identity_idx ON client_users (client_id, identity_user_id)
    WHERE identity_user_id IS NOT NULL;
CREATE INDEX client_users_person_idx ON client_users (agency_id, identity_user_id)
    WHERE identity_user_id IS NOT NULL;
-- Keyset walks of the user list's sorts.
CREATE INDEX client_users_name_idx ON client_users (client_id, name_key, id);
CREATE INDEX client_users_created_idx ON client_users (client_id, created_at, id);

ALTER TABLE client_users ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY client_users_tenant ON client_users USING (agency_id = app_agency_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON client_users TO atrium_tenancy_app;

-- A client invitation names the client user it brings in; deleting that user kills the link.
ALTER TABLE invitations
    ADD COLUMN client_user_id uuid REFERENCES client_users (id) ON DELETE CASCADE,
    ADD CONSTRAINT invitations_client_user_check CHECK ((client_id IS NULL) = (client_user_id IS NULL));
CREATE INDEX invitations_client_user_idx ON invitations (client_user_id) WHERE client_user_id IS NOT NULL;
-- Pending invitations newest first, per agency (client_id NULL) or per client: the invitation lists.
CREATE INDEX invitations_pending_list_idx ON invitations (agency_id, client_id, created_at DESC, id DESC)
    WHERE status = 'pending';

-- GetAccess also answers a person's client roles in the agency, still in one statement: a member's row
-- carries them too, and a person who is only an active user of a client (not being deleted) gets a row
-- with role 'client_user'. Extends 20261211000001_agency_contact's version.
DROP FUNCTION member_access(uuid, uuid);
CREATE FUNCTION member_access(agency uuid, member uuid)
    RETURNS TABLE (
        role text, agency_id uuid, agency_name text, agency_created_at timestamptz,
        display_name text, logo_url text, primary_color text, support_email text, login_slug text,
        custom_role_id uuid, custom_role_name text, custom_role_permissions text[],
        contact_email text, phone text, address_street text, address_city text, address_postal_code text,
        address_country text, currency text, time_zone text,
        client_roles jsonb
    )
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('app.agency_id', agency::text, true);
    RETURN QUERY
        SELECT coalesce(m.role, 'client_user'), a.id, a.name, a.created_at::timestamptz,
               a.display_name, a.logo_url, a.primary_color, a.support_email, a.login_slug,
               r.id, r.name, r.permissions,
               a.contact_email, a.phone, a.address_street, a.address_city, a.address_postal_code,
               a.address_country, a.currency, a.time_zone,
               cu.roles
          FROM agencies a
          LEFT JOIN agency_members m ON m.agency_id = a.id AND m.user_id = member
          LEFT JOIN agency_roles r ON r.agency_id = m.agency_id AND r.id = m.custom_role_id
          CROSS JOIN LATERAL (
              SELECT coalesce(
                         jsonb_agg(jsonb_build_object('clientId', u.client_id, 'role', u.role)
                                   ORDER BY u.client_id),
                         '[]'::jsonb) AS roles
                FROM client_users u
                JOIN clients c ON c.id = u.client_id
               WHERE u.agency_id = a.id AND u.identity_user_id = member AND u.status = 'active'
                 AND c.status IN ('active', 'inactive')
          ) cu
         WHERE a.id = agency AND (m.user_id IS NOT NULL OR cu.roles <> '[]'::jsonb);
END
$$;
GRANT EXECUTE ON FUNCTION member_access(uuid, uuid) TO atrium_tenancy_app;
