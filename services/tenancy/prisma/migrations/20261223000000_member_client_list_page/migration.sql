-- The client list of a person (ListClients, clients/list-clients.ts) in one round trip: who the caller
-- is, as member_access answers it, and the page, as client_list_page walks it, in one statement. The
-- list used to read the caller's access in one statement and the page in a second; on this path the
-- round trip cost more than either query.
--
-- The first row is the caller's access (client null): the role and the custom role it holds, and
-- whether the page below holds every client of the agency (reads_all). Every other row is a client of
-- the page, in order. The rule of who reads every client stays in the code
-- (domain/permissions.ts): the caller passes the built-in roles that hold read_all_permission, and
-- checks reads_all against its own answer for the access in the first row. Nobody visible (not a
-- member, not an active client user, a gone agency) raises no_data_found (P0002), as
-- client_list_page does for an agency row-level security does not show.
CREATE FUNCTION member_client_list_page(
    agency uuid, member uuid, read_all_roles text[], read_all_permission text,
    only_status text, pattern text, tag text, account_manager uuid, owner uuid, sort text,
    descending boolean, after_key text, after_id uuid, page_size integer
)
    RETURNS TABLE (
        client clients, owner_name text,
        member_role text, member_custom_role_id uuid, member_custom_role_name text,
        member_custom_role_permissions text[], reads_all boolean
    )
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    caller record;
    everything boolean;
BEGIN
    SELECT a.role, a.custom_role_id, a.custom_role_name, a.custom_role_permissions
      INTO caller
      FROM member_access(agency, member) a;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'member_client_list_page: no such member' USING ERRCODE = 'no_data_found';
    END IF;
    everything := caller.role = ANY (read_all_roles)
        OR (caller.role = 'custom' AND caller.custom_role_id IS NOT NULL
            AND read_all_permission = ANY (coalesce(caller.custom_role_permissions, '{}')));
    RETURN QUERY SELECT NULL::clients, NULL::text, caller.role, caller.custom_role_id,
                        caller.custom_role_name, caller.custom_role_permissions, everything;
    RETURN QUERY
        SELECT p.client, p.owner_name, NULL::text, NULL::uuid, NULL::text, NULL::text[], NULL::boolean
          FROM client_list_page(agency, CASE WHEN everything THEN NULL ELSE member END, only_status,
                                pattern, tag, account_manager, owner, sort, descending, after_key,
                                after_id, page_size) p;
END
$$;
GRANT EXECUTE ON FUNCTION member_client_list_page(
    uuid, uuid, text[], text, text, text, text, uuid, uuid, text, boolean, text, uuid, integer
) TO atrium_tenancy_app;
