-- Clients whose data notification purged (tenancy's client deletion saga). An event about such a client
-- handled late (a retry that outlived the purge) must not bring a bell notice or an email naming it
-- back: createNotifications and queueEmail skip them. Only ids are kept.
CREATE TABLE purged_clients (
    client_id  uuid PRIMARY KEY,
    agency_id  uuid NOT NULL,
    purged_at  timestamptz(3) NOT NULL DEFAULT now()
);
