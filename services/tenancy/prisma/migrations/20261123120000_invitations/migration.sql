-- Invitations to an agency (client_id NULL) or a client account. The token travels only in the
-- invitation email (through the invitation.created event); this table keeps its SHA-256.
CREATE TABLE invitations (
    id                  uuid PRIMARY KEY,
    agency_id           uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    client_id           uuid REFERENCES clients (id) ON DELETE CASCADE,
    email               text NOT NULL,
    name                text NOT NULL,
    role                text NOT NULL,
    token_hash          text NOT NULL UNIQUE,
    status              text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'cancelled')),
    invited_by_user_id  uuid NOT NULL,
    created_at          timestamptz(3) NOT NULL DEFAULT now(),
    expires_at          timestamptz(3) NOT NULL,
    accepted_at         timestamptz(3),
    accepted_user_id    uuid,
    CHECK (client_id IS NOT NULL OR role IN ('admin', 'member'))
);
-- Pending invitations of one agency (or client) by email: listing, and replacing an older link.
CREATE INDEX invitations_pending_idx ON invitations (agency_id, client_id, email) WHERE status = 'pending';
