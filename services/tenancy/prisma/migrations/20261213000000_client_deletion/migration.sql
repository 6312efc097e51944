-- Client deletion (docs/product.md "Client lifecycle"): a client turns 'deleting' at once, every purge
-- participant purges its data of the client and reports, then tenancy purges its own and keeps a
-- tombstone row of ids (status 'deleted', deleted_at) so the id is never reused.

ALTER TABLE clients ADD COLUMN deleted_at timestamptz(3);

-- One row per deletion asked for: who asked, which participants were asked and which have not
-- reported yet. Kept after completion (ids and times only) as the record of the purge.
CREATE TABLE client_deletions (
    client_id     uuid PRIMARY KEY,
    agency_id     uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    requested_at  timestamptz(3) NOT NULL DEFAULT now(),
    -- The agency user (or API key) who asked.
    requested_by  uuid NOT NULL,
    -- CLIENT_PURGE_PARTICIPANTS when it was asked.
    participants  text[] NOT NULL,
    -- Participants whose client.purged has not arrived yet; tenancy purges its own data when empty.
    pending       text[] NOT NULL,
    completed_at  timestamptz(3)
);
-- The periodic check for deletions stuck waiting on a participant.
CREATE INDEX client_deletions_open_idx ON client_deletions (requested_at) WHERE completed_at IS NULL;

ALTER TABLE client_deletions ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY client_deletions_tenant ON client_deletions USING (agency_id = app_agency_id());
-- The stuck-deletion check (src/purge/stale-deletion-watch.ts) reads open deletions of every agency:
-- ids, times and service names only, and read-only.
CREATE POLICY client_deletions_watch ON client_deletions FOR SELECT
    USING (completed_at IS NULL AND current_setting('app.deletion_watch', true) = 'on');
GRANT SELECT, INSERT, UPDATE ON client_deletions TO atrium_tenancy_app;

-- Tenancy now consumes events (the participants' client.purged); the inbox holds event ids only.
GRANT SELECT, INSERT ON inbox_events TO atrium_tenancy_app;

-- The last step of a purge, for what the app role may not touch: audit entries are append-only for
-- it and the outbox is the relay's. The audit log stays the agency's record of who did what, but the
-- before/after values of entries about the client (its names, contacts, properties…) become nulls
-- under the same keys; published outbox rows about the client (their payloads repeat its fields) are
-- deleted. Scoped to one agency as member_access is: the function names the tenant itself.
CREATE FUNCTION purge_client_records(agency uuid, client uuid)
    RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM set_config('app.agency_id', agency::text, true);
    UPDATE audit_entries
       SET before = CASE WHEN jsonb_typeof(before) = 'object'
                THEN (SELECT jsonb_object_agg(key, NULL) FROM jsonb_object_keys(before) AS key) END,
           after = CASE WHEN jsonb_typeof(after) = 'object'
                THEN (SELECT jsonb_object_agg(key, NULL) FROM jsonb_object_keys(after) AS key) END
     WHERE agency_id = agency
       AND (client_id = client OR target_id = client::text)
       AND (before IS NOT NULL OR after IS NOT NULL);
    DELETE FROM outbox_events
     WHERE published_at IS NOT NULL
       AND data ->> 'agencyId' = agency::text
       AND data ->> 'clientId' = client::text;
END
$$;
REVOKE ALL ON FUNCTION purge_client_records(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purge_client_records(uuid, uuid) TO atrium_tenancy_app;
