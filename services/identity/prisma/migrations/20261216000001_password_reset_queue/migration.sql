-- Password reset requests are answered before they are worked on (docs/security.md, "Account enumeration").

-- Reset requests wait here for the worker that mails them, so answering one does the same work
-- (one insert) whether or not the email has an identity.
CREATE TABLE password_reset_requests (
    id            uuid PRIMARY KEY,
    email         text NOT NULL,
    requested_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX password_reset_requests_requested_idx ON password_reset_requests (requested_at);
