-- The audit log (docs/product.md): one row per write through tenancy, in the write's own transaction, so a
-- change that rolls back leaves no entry and no change goes unrecorded. Rows are never updated.
CREATE TABLE audit_entries (
    id                   uuid PRIMARY KEY,
    agency_id            uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    -- The person (or API key) who acted; with a switch token, the real agency user.
    actor_id             uuid NOT NULL,
    actor_kind           text NOT NULL CHECK (actor_kind IN ('user', 'api_key', 'system')),
    -- The client whose account the actor had switched into, if any.
    acting_as_client_id  uuid,
    -- Dotted past-tense verb, as the event types name it: "client.updated", "member.role_changed".
    action               text NOT NULL,
    target_type          text NOT NULL,
    target_id            text NOT NULL,
    -- The client the write concerns, when it concerns one (for the client's own history).
    client_id            uuid,
    request_id           text,
    -- The fields that changed: their values before and after (settings), or null.
    before               jsonb,
    after                jsonb,
    occurred_at          timestamptz(3) NOT NULL DEFAULT now()
);

-- Newest first, per agency, keyset on (occurred_at, id); filters narrow it further.
CREATE INDEX audit_entries_agency_time_idx ON audit_entries (agency_id, occurred_at DESC, id DESC);
CREATE INDEX audit_entries_actor_idx ON audit_entries (agency_id, actor_id, occurred_at DESC);
CREATE INDEX audit_entries_target_idx ON audit_entries (agency_id, target_id, occurred_at DESC);

ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_entries_tenant ON audit_entries USING (agency_id = app_agency_id());
-- Append-only for the service: no UPDATE or DELETE grant (agency deletion cascades as the owner).
GRANT SELECT, INSERT ON audit_entries TO atrium_tenancy_app;
