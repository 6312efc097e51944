-- The bell's badge counts a person's unread notifications on every page load.
CREATE INDEX notifications_unread_idx ON notifications (user_id, agency_id) WHERE read_at IS NULL;

-- What emails need to carry an agency's branding, projected from tenancy's agency events. Columns
-- tenancy does not publish yet keep their defaults: empty means "use Atrium's own".
CREATE TABLE agency_brandings (
    agency_id      uuid PRIMARY KEY,
    name           text NOT NULL,
    display_name   text NOT NULL DEFAULT '',
    logo_url       text NOT NULL DEFAULT '',
    primary_color  text NOT NULL DEFAULT '',
    support_email  text NOT NULL DEFAULT '',
    -- Builds the agency's client login URL, on which its email links point.
    login_slug     text NOT NULL DEFAULT '',
    updated_at     timestamptz(3) NOT NULL DEFAULT now()
);

-- A person's default agency, learnt from identity and tenancy events: identity events carry no
-- agency, yet their emails want branding and their bell notices an agency to appear in.
CREATE TABLE user_default_agencies (
    user_id     uuid PRIMARY KEY,
    agency_id   uuid NOT NULL,
    updated_at  timestamptz(3) NOT NULL DEFAULT now()
);

-- One email to one recipient, rendered when its event was handled and sent by the delivery worker.
CREATE TABLE email_deliveries (
    id               uuid PRIMARY KEY,
    -- The event that caused it: at most one email per event and recipient, whatever redelivers it.
    source_event_id  uuid NOT NULL,
    recipient        text NOT NULL,
    kind             text NOT NULL,
    -- Whose branding it carries and whose admins see it listed; null when no agency is known.
    agency_id        uuid,
    client_id        uuid,
    -- Display name of the sender (the agency's); empty uses EMAIL_FROM's own.
    from_name        text NOT NULL DEFAULT '',
    reply_to         text NOT NULL DEFAULT '',
    subject          text NOT NULL,
    -- Emptied once the delivery is settled: bodies may hold single-use links.
    html             text NOT NULL,
    text             text NOT NULL,
    status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    last_error       text,
    -- While pending: when the next attempt is due (or when a claimed attempt's lease runs out).
    next_attempt_at  timestamptz(3) NOT NULL DEFAULT now(),
    created_at       timestamptz(3) NOT NULL DEFAULT now(),
    sent_at          timestamptz(3),
    failed_at        timestamptz(3),
    UNIQUE (source_event_id, recipient)
);
-- The delivery worker's claim query.
CREATE INDEX email_deliveries_due_idx ON email_deliveries (next_attempt_at, id) WHERE status = 'pending';
-- An agency's delivery list, newest first, optionally by status.
CREATE INDEX email_deliveries_agency_idx ON email_deliveries (agency_id, created_at DESC, id DESC);
CREATE INDEX email_deliveries_agency_status_idx ON email_deliveries (agency_id, status, created_at DESC, id DESC);
