-- The client list (ListClients, store/client-list.ts) in one round trip with bound parameters: the
-- function names the tenant for row-level security, answers no_data_found (P0002) when the agency is
-- not visible (none, or an API key's gone agency), then walks one keyset page of the sort's index
-- (agency_id, key, id) and stops after it. Every value arrives as a parameter and reaches the query
-- through EXECUTE … USING; only the sort's column and direction, chosen below from fixed sets, and the
-- filters present are spliced into the text, so the planner sees only the conditions a page needs.
--
-- Each row is the client as a whole (`clients`, so a column added to the table reaches the list without
-- a change here) and its owner's name; the caller picks and formats the columns it shows.
--
-- Arguments: visible_to limits the page to the clients that person owns, is on the team of or is an
-- active client user of (null: every client); pattern is a LIKE pattern over the name and the owner's
-- name, already escaped; sort is a key of CLIENT_SORTS; after_key and after_id are the previous page's
-- last position (the key as text: RFC 3339, a lower-case name or an integer); page_size counts rows.
CREATE FUNCTION client_list_page(
    agency uuid, visible_to uuid, only_status text, pattern text, tag text, account_manager uuid,
    owner uuid, sort text, descending boolean, after_key text, after_id uuid, page_size integer
)
    RETURNS TABLE (client clients, owner_name text)
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    key text := CASE sort
        WHEN 'createdAt' THEN 'c.created_at'
        WHEN 'name' THEN 'c.name_key'
        WHEN 'ownerName' THEN 'lower(m.name)'
        WHEN 'lastActivityAt' THEN 'c.last_activity_at'
        WHEN 'connectedProspects' THEN 'c.connected_prospects'
        WHEN 'runningCampaigns' THEN 'c.running_campaigns'
        WHEN 'toBeContacted' THEN 'c.to_be_contacted'
    END;
    key_type text := CASE
        WHEN sort IN ('createdAt', 'lastActivityAt') THEN 'timestamptz'
        WHEN sort IN ('name', 'ownerName') THEN 'text'
        ELSE 'integer'
    END;
    direction text := CASE WHEN descending THEN 'DESC' ELSE 'ASC' END;
    filters text := 'c.agency_id = $1 AND c.status IN (''active'', ''inactive'')';
BEGIN
    IF key IS NULL THEN
        RAISE EXCEPTION 'client_list_page: unknown sort %', sort USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_config('app.agency_id', agency::text, true);
    IF NOT EXISTS (SELECT 1 FROM agencies) THEN
        RAISE EXCEPTION 'client_list_page: no such agency' USING ERRCODE = 'no_data_found';
    END IF;
    IF only_status IS NOT NULL THEN
        filters := filters || ' AND c.status = $3';
    END IF;
    -- Own and team clients, and those the person is an active client user of, as a list of ids first,
    -- so the walk stays on its index.
    IF visible_to IS NOT NULL THEN
        filters := filters || ' AND c.id = ANY (ARRAY(
            SELECT o.id FROM clients o WHERE o.agency_id = $1 AND o.owner_id = $2
            UNION
            SELECT t.client_id FROM client_team_members t WHERE t.agency_id = $1 AND t.user_id = $2
            UNION
            SELECT u.client_id FROM client_users u
             WHERE u.agency_id = $1 AND u.identity_user_id = $2 AND u.status = ''active''))';
    END IF;
    -- name_key is lower(name); owners are matched by name first, then by id (see the migration
    -- 20261214000000_client_list_indexes for why no index serves LIKE here).
    IF pattern IS NOT NULL THEN
        filters := filters || ' AND (c.name_key LIKE $4 OR c.owner_id = ANY (ARRAY(
            SELECT s.user_id FROM agency_members s WHERE s.agency_id = $1 AND lower(s.name) LIKE $4)))';
    END IF;
    IF tag IS NOT NULL THEN
        filters := filters || ' AND c.tags @> ARRAY[$5]';
    END IF;
    IF account_manager IS NOT NULL THEN
        filters := filters || ' AND c.account_manager_id = $6';
    END IF;
    IF owner IS NOT NULL THEN
        filters := filters || ' AND c.owner_id = $7';
    END IF;
    IF after_id IS NOT NULL THEN
        filters := filters || format(' AND (%s, c.id) %s ($10::%s, $11)',
                                     key, CASE WHEN descending THEN '<' ELSE '>' END, key_type);
    END IF;
    IF sort = 'ownerName' THEN
        -- The owner's name lives on another table, so no index of clients orders by it: walk the
        -- members by name and take each one's first clients by id from (agency_id, owner_id, id), then
        -- merge.
        RETURN QUERY EXECUTE format(
            'SELECT page.client, m.name
               FROM agency_members m
              CROSS JOIN LATERAL (
                    SELECT c AS client, c.id FROM clients c
                     WHERE c.owner_id = m.user_id AND %s
                     ORDER BY c.id %s
                     LIMIT $12) page
              WHERE m.agency_id = $1
              ORDER BY lower(m.name) %s, page.id %s
              LIMIT $12', filters, direction, direction, direction)
            USING agency, visible_to, only_status, pattern, tag, account_manager, owner, sort,
                  descending, after_key, after_id, page_size;
    ELSE
        RETURN QUERY EXECUTE format(
            'SELECT c, m.name
               FROM clients c JOIN agency_members m ON m.agency_id = c.agency_id AND m.user_id = c.owner_id
              WHERE %s
              ORDER BY %s %s, c.id %s
              LIMIT $12', filters, key, direction, direction)
            USING agency, visible_to, only_status, pattern, tag, account_manager, owner, sort,
                  descending, after_key, after_id, page_size;
    END IF;
END
$$;
GRANT EXECUTE ON FUNCTION client_list_page(
    uuid, uuid, text, text, text, uuid, uuid, text, boolean, text, uuid, integer
) TO atrium_tenancy_app;
