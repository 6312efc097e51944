-- Background jobs an agency asks for (docs/product.md): a prospect cleanup of one client's prospect database,
-- run by the campaigns service. GET /v1/jobs/{id} reads its progress.
CREATE TABLE jobs (
    id            uuid PRIMARY KEY,
    agency_id     uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    -- A client's jobs go with it when the client is purged.
    client_id     uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('prospect_cleanup')),
    status        text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    -- What the job was asked to do, e.g. {"mode": "selected", "prospectIds": [...]}.
    params        jsonb NOT NULL DEFAULT '{}',
    progress      integer NOT NULL DEFAULT 0 CHECK (progress >= 0),
    -- Items to do, once the runner knows.
    total         integer CHECK (total >= 0),
    requested_by  uuid NOT NULL,
    created_at    timestamptz(3) NOT NULL DEFAULT now(),
    updated_at    timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX jobs_client_idx ON jobs (agency_id, client_id, created_at DESC);

ALTER TABLE jobs ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY jobs_tenant ON jobs USING (agency_id = app_agency_id());
GRANT SELECT, INSERT, UPDATE ON jobs TO atrium_tenancy_app;
