-- The agency profile (docs/product.md) besides name and branding: who to contact, where the agency is, and
-- the currency and time zone its figures and dates show in. Empty strings mean "not set".
ALTER TABLE agencies
    ADD COLUMN contact_email        text NOT NULL DEFAULT '',
    ADD COLUMN phone                text NOT NULL DEFAULT '',
    ADD COLUMN address_street       text NOT NULL DEFAULT '',
    ADD COLUMN address_city         text NOT NULL DEFAULT '',
    ADD COLUMN address_postal_code  text NOT NULL DEFAULT '',
    -- ISO 3166-1 alpha-2, as clients' company_country.
    ADD COLUMN address_country      text NOT NULL DEFAULT '' CHECK (address_country ~ '^([A-Z]{2})?$'),
    -- ISO 4217; the code checks it against the currencies Node knows.
    ADD COLUMN currency             text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
    -- An IANA time zone name; the code checks it against the zones Node knows.
    ADD COLUMN time_zone            text NOT NULL DEFAULT 'UTC' CHECK (time_zone <> '');

-- GetAccess answers the agency in full, contact fields too.
DROP FUNCTION member_access(uuid, uuid);
CREATE FUNCTION member_access(agency uuid, member uuid)
    RETURNS TABLE (
        role text, agency_id uuid, agency_name text, agency_created_at timestamptz,
        display_name text, logo_url text, primary_color text, support_email text, login_slug text,
        custom_role_id uuid, custom_role_name text, custom_role_permissions text[],
        contact_email text, phone text, address_street text, address_city text, address_postal_code text,
        address_country text, currency text, time_zone text
    )
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('app.agency_id', agency::text, true);
    RETURN QUERY
        SELECT m.role, a.id, a.name, a.created_at::timestamptz,
               a.display_name, a.logo_url, a.primary_color, a.support_email, a.login_slug,
               r.id, r.name, r.permissions,
               a.contact_email, a.phone, a.address_street, a.address_city, a.address_postal_code,
               a.address_country, a.currency, a.time_zone
          FROM agency_members m
          JOIN agencies a ON a.id = m.agency_id
          LEFT JOIN agency_roles r ON r.agency_id = m.agency_id AND r.id = m.custom_role_id
         WHERE m.agency_id = agency AND m.user_id = member;
END
$$;
GRANT EXECUTE ON FUNCTION member_access(uuid, uuid) TO atrium_tenancy_app;
