-- A client that is turned off lets its own users in no more (docs/product.md "Client lifecycle"):
-- GetAccess no longer lists a person's role in an inactive client, so a person who is only a user of
-- inactive clients has no row, and identity refuses their login and their refresh as it does a
-- removed member's. Agency users still enter inactive clients (GetClientAccess, findVisibleClient).
-- Replaces 20261212000000_client_users' version; only the client status filter changes.
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
                 AND c.status = 'active'
          ) cu
         WHERE a.id = agency AND (m.user_id IS NOT NULL OR cu.roles <> '[]'::jsonb);
END
$$;
GRANT EXECUTE ON FUNCTION member_access(uuid, uuid) TO atrium_tenancy_app;
