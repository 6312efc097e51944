-- The client list's prospect counters come from campaigns' client_counters.changed events
-- (src/counters/project-prospect-counters.ts). Their version is the one campaigns counted them at:
-- an event older than the counts stored (a retry after a newer one) changes nothing.
ALTER TABLE clients ADD COLUMN prospect_counters_version bigint NOT NULL DEFAULT 0;
