-- In-app notifications (the bell), one row per recipient.
CREATE TABLE notifications (
    id               uuid PRIMARY KEY,
    user_id          uuid NOT NULL,
    agency_id        uuid NOT NULL,
    kind             text NOT NULL,
    title            text NOT NULL,
    body             text NOT NULL DEFAULT '',
    client_id        uuid,
    -- The event that caused it: at most one notification per event and recipient.
    source_event_id  uuid NOT NULL,
    created_at       timestamptz(3) NOT NULL DEFAULT now(),
    read_at          timestamptz(3),
    UNIQUE (source_event_id, user_id)
);
-- The bell lists a person's notifications in one agency, newest first.
CREATE INDEX notifications_recipient_idx ON notifications (user_id, agency_id, created_at DESC, id DESC);

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
