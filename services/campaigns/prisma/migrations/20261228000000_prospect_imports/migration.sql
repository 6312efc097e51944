-- CSV imports of a client's prospects (docs/campaigns.md "Importing a CSV"): the job with its figures,
-- and the file's bytes kept beside it while it runs, so a restart resumes it from the last batch it
-- committed instead of losing the upload. Both carry agency_id under the same row-level security as
-- every other table, and the purge (src/events/purge-client.ts) deletes both by client_id.

-- status: receiving while the upload streams in (nobody has been told the job yet), then queued,
-- running, succeeded or failed. lease_expires_at is renewed by whoever holds the job (the upload, or
-- the worker at every batch); a job whose lease ran out lost its process, and the worker takes it over
-- (a running one resumes after rows_read; an upload cut off fails). attempts counts the workers that
-- took it, so a file that keeps killing its process fails instead of looping.
CREATE TABLE prospect_imports (
    id                uuid PRIMARY KEY,
    agency_id         uuid NOT NULL,
    client_id         uuid NOT NULL,
    status            text NOT NULL CHECK (status IN ('receiving', 'queued', 'running', 'succeeded', 'failed')),
    requested_by      text NOT NULL,
    file_name         text NOT NULL DEFAULT '',
    -- What ImportProspects was given, resolved: the column mapping, delimiter, duplicates rule, list.
    options           jsonb NOT NULL,
    file_bytes        bigint NOT NULL DEFAULT 0,
    rows_read         bigint NOT NULL DEFAULT 0,
    imported          bigint NOT NULL DEFAULT 0,
    updated           bigint NOT NULL DEFAULT 0,
    skipped           bigint NOT NULL DEFAULT 0,
    failed            bigint NOT NULL DEFAULT 0,
    errors            jsonb NOT NULL DEFAULT '[]'::jsonb,
    failure_reason    text NOT NULL DEFAULT '',
    failure_line      integer NOT NULL DEFAULT 0,
    attempts          integer NOT NULL DEFAULT 0,
    lease_expires_at  timestamptz,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    finished_at       timestamptz
);
CREATE INDEX prospect_imports_client_idx ON prospect_imports (client_id);
CREATE INDEX prospect_imports_due_idx ON prospect_imports (lease_expires_at)
    WHERE status IN ('receiving', 'queued', 'running');

-- The file, in pieces of about a mebibyte in upload order; deleted when the job ends.
CREATE TABLE prospect_import_chunks (
    import_id  uuid NOT NULL REFERENCES prospect_imports (id) ON DELETE CASCADE,
    seq        integer NOT NULL,
    agency_id  uuid NOT NULL,
    client_id  uuid NOT NULL,
    data       bytea NOT NULL,
    PRIMARY KEY (import_id, seq)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['prospect_imports', 'prospect_import_chunks']
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO atrium_campaigns_app', t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (agency_id = app_agency_id())', t || '_tenant', t);
    END LOOP;
END
$$;

-- The import worker serves every agency, which row-level security would hide from it: this names only
-- the ids of the jobs it should take (queued ones, and those whose lease ran out), oldest first, and the
-- worker then claims and runs each under its own agency. Owned by the migrating user, who owns the
-- table and is exempt from its policies only inside this function; it reveals no figures.
CREATE FUNCTION due_prospect_imports(max_rows integer)
    RETURNS TABLE (agency_id uuid, id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT i.agency_id, i.id FROM prospect_imports i
         WHERE i.status = 'queued'
            OR (i.status IN ('receiving', 'running') AND i.lease_expires_at < now())
         ORDER BY i.created_at
         LIMIT max_rows
    $$;
REVOKE ALL ON FUNCTION due_prospect_imports(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION due_prospect_imports(integer) TO atrium_campaigns_app;
