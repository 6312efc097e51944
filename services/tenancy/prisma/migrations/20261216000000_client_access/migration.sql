-- GetClientAccess (docs/authorization.md "Routes of services that do not own access"): what a caller
-- may do inside one client, for the gateway to forward to billing and campaigns. One statement, as
-- member_access: the function names the tenant for row-level security, then joins the caller's
-- membership and custom role, the client, whether the caller owns it or is on its team, and the
-- caller's role as an active user of that client. No row means no such agency; a null client_id means
-- no such client in it. `member` is null for an API key, which is never a member.
CREATE FUNCTION client_access(agency uuid, member uuid, client uuid)
    RETURNS TABLE (
        member_role text, custom_role_id uuid, custom_role_permissions text[],
        client_id uuid, client_status text, owns_or_on_team boolean, client_role text
    )
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('app.agency_id', agency::text, true);
    RETURN QUERY
        SELECT m.role, r.id, r.permissions,
               c.id, c.status,
               coalesce(c.owner_id = member
                        OR EXISTS (SELECT 1 FROM client_team_members t
                                    WHERE t.client_id = c.id AND t.user_id = member), false),
               u.role
          FROM agencies a
          LEFT JOIN agency_members m ON m.agency_id = a.id AND m.user_id = member
          LEFT JOIN agency_roles r ON r.agency_id = m.agency_id AND r.id = m.custom_role_id
          LEFT JOIN clients c ON c.agency_id = a.id AND c.id = client
          LEFT JOIN client_users u
                 ON u.client_id = c.id AND u.identity_user_id = member AND u.status = 'active'
         WHERE a.id = agency;
END
$$;
GRANT EXECUTE ON FUNCTION client_access(uuid, uuid, uuid) TO atrium_tenancy_app;
