-- Agencies, their members, and client accounts.
CREATE TABLE agencies (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    created_at  timestamptz(3) NOT NULL DEFAULT now(),
    updated_at  timestamptz(3) NOT NULL DEFAULT now()
);

-- An agency user's role; names are a projection of identity kept for lists and search.
CREATE TABLE agency_members (
    agency_id   uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    user_id     uuid NOT NULL,
    role        text NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
    name        text NOT NULL,
    email       text NOT NULL,
    created_at  timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (agency_id, user_id)
);
CREATE INDEX agency_members_user_idx ON agency_members (user_id);
-- Exactly one owner per agency.
CREATE UNIQUE INDEX agency_members_one_owner ON agency_members (agency_id) WHERE role = 'owner';

CREATE TABLE clients (
    id                   uuid PRIMARY KEY,
    agency_id            uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    name                 text NOT NULL,
    description          text NOT NULL DEFAULT '',
    website              text NOT NULL DEFAULT '',
    tags                 text[] NOT NULL DEFAULT '{}',
    status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'deleting', 'deleted')),
    account_type         text NOT NULL DEFAULT 'full' CHECK (account_type IN ('full', 'ads_only')),
    region               text NOT NULL DEFAULT 'OTHER' CHECK (region IN ('US', 'EU', 'AU_CA_NZ', 'OTHER')),
    is_master            boolean NOT NULL DEFAULT false,
    owner_id             uuid NOT NULL,
    account_manager_id   uuid,
    -- Counters fed by the campaigns service's events; zero until it publishes them.
    stored_prospects     integer NOT NULL DEFAULT 0,
    connected_prospects  integer NOT NULL DEFAULT 0,
    running_campaigns    integer NOT NULL DEFAULT 0,
    to_be_contacted      integer NOT NULL DEFAULT 0,
    enrolments           integer NOT NULL DEFAULT 0,
    created_at           timestamptz(3) NOT NULL DEFAULT now(),
    updated_at           timestamptz(3) NOT NULL DEFAULT now(),
    last_activity_at     timestamptz(3) NOT NULL DEFAULT now(),
    FOREIGN KEY (agency_id, owner_id) REFERENCES agency_members (agency_id, user_id)
);
-- The default list order (newest first) is a keyset walk over this index.
CREATE INDEX clients_agency_created_idx ON clients (agency_id, created_at DESC, id DESC);
CREATE INDEX clients_owner_idx ON clients (agency_id, owner_id);

-- Agency users granted access to a client besides its owner.
CREATE TABLE client_team_members (
    client_id   uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    agency_id   uuid NOT NULL,
    user_id     uuid NOT NULL,
    PRIMARY KEY (client_id, user_id),
    FOREIGN KEY (agency_id, user_id) REFERENCES agency_members (agency_id, user_id) ON DELETE CASCADE
);
CREATE INDEX client_team_members_user_idx ON client_team_members (agency_id, user_id);

-- Transactional outbox and consumer inbox (libs/events).
CREATE TABLE outbox_events (
    id            uuid PRIMARY KEY,
    type          text NOT NULL,
    source        text NOT NULL,
    subject       text NOT NULL,
    data          jsonb NOT NULL,
    traceparent   text,
    request_id    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz
);
CREATE INDEX outbox_events_pending_idx ON outbox_events (created_at, id) WHERE published_at IS NULL;

CREATE TABLE inbox_events (
    consumer    text NOT NULL,
    event_id    uuid NOT NULL,
    handled_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
