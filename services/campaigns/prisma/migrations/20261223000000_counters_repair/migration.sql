-- The repair path of the client list's counters (src/cli.ts repair-counters, docs/campaigns.md
-- "Counters"): it recounts every client, which row-level security would hide from it. Like
-- due_client_counters, this names only the ids of the clients campaigns keeps counters for, read past
-- the policies as the table's owner; the repair then recounts each under its own agency.
CREATE FUNCTION counted_clients(after_client uuid, max_rows integer)
    RETURNS TABLE (agency_id uuid, client_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$
        SELECT c.agency_id, c.client_id FROM client_prospect_counters c
         WHERE after_client IS NULL OR c.client_id > after_client
         ORDER BY c.client_id
         LIMIT max_rows
    $$;
REVOKE ALL ON FUNCTION counted_clients(uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION counted_clients(uuid, integer) TO atrium_campaigns_app;
