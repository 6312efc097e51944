-- An agency's white-label branding (docs/product.md). Empty strings mean "not set": emails and the login page
-- then fall back to the agency name and Atrium's look.
ALTER TABLE agencies
    ADD COLUMN display_name   text NOT NULL DEFAULT '',
    ADD COLUMN logo_url       text NOT NULL DEFAULT '',
    ADD COLUMN primary_color  text NOT NULL DEFAULT '' CHECK (primary_color ~ '^(#[0-9a-f]{6})?$'),
    ADD COLUMN support_email  text NOT NULL DEFAULT '',
    -- The client login URL's last segment; unique across the platform, so visible to the unique index
    -- whatever row-level security hides.
    ADD COLUMN login_slug     text UNIQUE CHECK (login_slug ~ '^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$');

-- The public login page knows only the slug: naming it shows that one agency, to read.
CREATE POLICY agencies_by_login_slug ON agencies FOR SELECT
    USING (login_slug = NULLIF(current_setting('app.login_slug', true), ''));

-- GetAccess answers the agency with its branding.
DROP FUNCTION member_access(uuid, uuid);
CREATE FUNCTION member_access(agency uuid, member uuid)
    RETURNS TABLE (
        role text, agency_id uuid, agency_name text, agency_created_at timestamptz,
        display_name text, logo_url text, primary_color text, support_email text, login_slug text
    )
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('app.agency_id', agency::text, true);
    RETURN QUERY
        SELECT m.role, a.id, a.name, a.created_at::timestamptz,
               a.display_name, a.logo_url, a.primary_color, a.support_email, a.login_slug
          FROM agency_members m
          JOIN agencies a ON a.id = m.agency_id
         WHERE m.agency_id = agency AND m.user_id = member;
END
$$;
GRANT EXECUTE ON FUNCTION member_access(uuid, uuid) TO atrium_tenancy_app;
