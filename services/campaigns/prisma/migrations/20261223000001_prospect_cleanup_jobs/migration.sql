-- The prospect cleanups tenancy asks for (atrium.tenancy.v1.prospect_cleanup.requested), run here in
-- batches (src/cleanup/, docs/campaigns.md "Cleaning the prospect database"). The id is tenancy's job
-- id, so a request handled twice makes one job. A running job holds a lease that each batch renews;
-- a replica that stopped without finishing lets it lapse, and another (or the same, restarted)
-- resumes the job where its last batch committed.
CREATE TABLE prospect_cleanup_jobs (
    id              uuid PRIMARY KEY,
    agency_id       uuid NOT NULL,
    client_id       uuid NOT NULL,
    mode            text NOT NULL CHECK (mode IN ('contacted_over_6_months', 'all', 'selected')),
    -- For mode selected only.
    prospect_ids    uuid[] NOT NULL DEFAULT '{}',
    -- An agency user's or an API key's id, as tenancy names them.
    requested_by    text NOT NULL,
    -- When tenancy recorded the request: the job removes only prospects stored by then, and
    -- contacted_over_6_months those last contacted more than six months before it.
    requested_at    timestamptz NOT NULL,
    status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    -- Stored prospects the job matched when it started; null while queued.
    total           bigint CHECK (total >= 0),
    deleted         bigint NOT NULL DEFAULT 0 CHECK (deleted >= 0),
    -- Batches that failed in a row; the job fails after a few.
    failures        integer NOT NULL DEFAULT 0,
    failure         text NOT NULL DEFAULT '',
    -- Who runs it until when: each batch checks the token it claimed with and moves lease_until on.
    lease_token     uuid,
    lease_until     timestamptz,
    progress_told_at timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prospect_cleanup_jobs_runnable_idx ON prospect_cleanup_jobs (lease_until NULLS FIRST)
    WHERE status IN ('queued', 'running');
CREATE INDEX prospect_cleanup_jobs_client_idx ON prospect_cleanup_jobs (client_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON prospect_cleanup_jobs TO atrium_campaigns_app;
-- Not FORCEd, like the counters: runnable_cleanup_jobs below reads it as the owner for every agency.
ALTER TABLE prospect_cleanup_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY prospect_cleanup_jobs_tenant ON prospect_cleanup_jobs USING (agency_id = app_agency_id());

-- The worker runs jobs of every agency: this names only the ids of the jobs waiting for a runner
-- (queued, or running under a lapsed lease), and the worker claims and runs each under its agency.
CREATE FUNCTION runnable_cleanup_jobs(max_rows integer)
    RETURNS TABLE (agency_id uuid, job_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$
        SELECT j.agency_id, j.id FROM prospect_cleanup_jobs j
         WHERE j.status IN ('queued', 'running') AND (j.lease_until IS NULL OR j.lease_until < now())
         ORDER BY j.lease_until NULLS FIRST, j.created_at
         LIMIT max_rows
    $$;
REVOKE ALL ON FUNCTION runnable_cleanup_jobs(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION runnable_cleanup_jobs(integer) TO atrium_campaigns_app;
