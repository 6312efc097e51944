-- Custom agency roles (docs/product.md, docs/authorization.md): an agency names any set of the catalogue's agency permissions
-- and gives it to members. The built-in roles (owner, admin, member) stay rules in code; a member holding
-- a custom role has role 'custom' and names the role.
CREATE TABLE agency_roles (
    id           uuid PRIMARY KEY,
    agency_id    uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 60),
    description  text NOT NULL DEFAULT '' CHECK (char_length(description) <= 500),
    -- A subset of the agency permissions of domain/permissions.ts; a permission added there needs this
    -- list widened by a migration, so no role can ever hold a name the code does not know.
    permissions  text[] NOT NULL DEFAULT '{}' CHECK (permissions <@ ARRAY[
        'clients:read_all', 'clients:create', 'clients:update', 'clients:delete', 'clients:manage_team',
        'organization:manage', 'members:manage', 'billing:manage', 'billing:read'
    ]::text[]),
    created_at   timestamptz(3) NOT NULL DEFAULT now(),
    updated_at   timestamptz(3) NOT NULL DEFAULT now(),
    -- The target of the members' and invitations' composite keys: a role of another agency can never
    -- be assigned, whatever a query forgets.
    UNIQUE (agency_id, id)
);
-- Names are unique per agency whatever their case ("Sales" and "sales" would confuse everyone).
CREATE UNIQUE INDEX agency_roles_name_idx ON agency_roles (agency_id, lower(name));

ALTER TABLE agency_roles ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY agency_roles_tenant ON agency_roles USING (agency_id = app_agency_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON agency_roles TO atrium_tenancy_app;

-- Deleting a role its members still hold is refused (role_in_use); the foreign key backs that up.
ALTER TABLE agency_members
    ADD COLUMN custom_role_id uuid,
    DROP CONSTRAINT agency_members_role_check,
    ADD CONSTRAINT agency_members_role_check CHECK (role IN ('owner', 'admin', 'member', 'custom')),
    ADD CONSTRAINT agency_members_custom_role_check CHECK ((role = 'custom') = (custom_role_id IS NOT NULL)),
    ADD CONSTRAINT agency_members_custom_role_fkey
        FOREIGN KEY (agency_id, custom_role_id) REFERENCES agency_roles (agency_id, id);
CREATE INDEX agency_members_custom_role_idx ON agency_members (agency_id, custom_role_id)
    WHERE custom_role_id IS NOT NULL;

-- An invitation may offer a custom role, which acceptance gives. A role offered by a pending invitation
-- counts as in use; once the invitation is spent, cancelled or expired, deleting the role only clears
-- the reference.
ALTER TABLE invitations
    ADD COLUMN custom_role_id uuid,
    DROP CONSTRAINT invitations_check,
    ADD CONSTRAINT invitations_agency_role_check
        CHECK (client_id IS NOT NULL OR role IN ('admin', 'member', 'custom')),
    ADD CONSTRAINT invitations_custom_role_fkey
        FOREIGN KEY (agency_id, custom_role_id) REFERENCES agency_roles (agency_id, id)
        ON DELETE SET NULL (custom_role_id);

-- GetAccess also answers the member's custom role with its permissions, still in one statement.
DROP FUNCTION member_access(uuid, uuid);
CREATE FUNCTION member_access(agency uuid, member uuid)
    RETURNS TABLE (
        role text, agency_id uuid, agency_name text, agency_created_at timestamptz,
        display_name text, logo_url text, primary_color text, support_email text, login_slug text,
        custom_role_id uuid, custom_role_name text, custom_role_permissions text[]
    )
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('app.agency_id', agency::text, true);
    RETURN QUERY
        SELECT m.role, a.id, a.name, a.created_at::timestamptz,
               a.display_name, a.logo_url, a.primary_color, a.support_email, a.login_slug,
               r.id, r.name, r.permissions
          FROM agency_members m
          JOIN agencies a ON a.id = m.agency_id
          LEFT JOIN agency_roles r ON r.agency_id = m.agency_id AND r.id = m.custom_role_id
         WHERE m.agency_id = agency AND m.user_id = member;
END
$$;
GRANT EXECUTE ON FUNCTION member_access(uuid, uuid) TO atrium_tenancy_app;
