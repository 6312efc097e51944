-- GetClient (clients/get-client.ts) in one round trip: the caller's standing towards one client, as
-- client_access reads it, and that client whole with its owner's name, in one statement. GetClient used
-- to run a Prisma interactive transaction (BEGIN, set_config, three statements for the member with its
-- agency and custom role, the client, COMMIT): seven round trips for one row.
--
-- The function reads and decides nothing: the rule of who enters a client stays in the code
-- (access/get-client-access.ts clientAccessOf, for GetClient and GetClientAccess alike), which may see
-- the row only to refuse it. No row means no such agency (one row-level security does not show); a null
-- client_record means no such client in it. `member` is null for an API key, which is never a member.
CREATE FUNCTION client_entry(agency uuid, member uuid, client uuid)
    RETURNS TABLE (
        member_role text, custom_role_id uuid, custom_role_permissions text[],
        owns_or_on_team boolean, client_role text, client_record clients, owner_name text
    )
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('app.agency_id', agency::text, true);
    RETURN QUERY
        SELECT m.role, r.id, r.permissions,
               coalesce(c.owner_id = member
                        OR EXISTS (SELECT 1 FROM client_team_members t
                                    WHERE t.client_id = c.id AND t.user_id = member), false),
               u.role,
               CASE WHEN c.id IS NULL THEN NULL ELSE c END,
               o.name
          FROM agencies a
          LEFT JOIN agency_members m ON m.agency_id = a.id AND m.user_id = member
          LEFT JOIN agency_roles r ON r.agency_id = m.agency_id AND r.id = m.custom_role_id
          LEFT JOIN clients c ON c.agency_id = a.id AND c.id = client
          LEFT JOIN agency_members o ON o.agency_id = c.agency_id AND o.user_id = c.owner_id
          LEFT JOIN client_users u
                 ON u.client_id = c.id AND u.identity_user_id = member AND u.status = 'active'
         WHERE a.id = agency;
END
$$;
GRANT EXECUTE ON FUNCTION client_entry(uuid, uuid, uuid) TO atrium_tenancy_app;

-- GetClientAccess keeps its function, now over client_entry, so the two read a caller's standing from
-- one join and cannot drift apart.
CREATE OR REPLACE FUNCTION client_access(agency uuid, member uuid, client uuid)
    RETURNS TABLE (
        member_role text, custom_role_id uuid, custom_role_permissions text[],
        client_id uuid, client_status text, owns_or_on_team boolean, client_role text
    )
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    RETURN QUERY
        SELECT e.member_role, e.custom_role_id, e.custom_role_permissions,
               (e.client_record).id, (e.client_record).status, e.owns_or_on_team, e.client_role
          FROM client_entry(agency, member, client) e;
END
$$;
