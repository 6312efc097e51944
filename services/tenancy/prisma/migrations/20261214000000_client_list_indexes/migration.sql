-- The client list (GET /v1/clients) for agencies with thousands of clients: every sort walks an
-- index of (agency_id, key, id) and stops after one page.
--
-- No trigram index for the text search, and the GIN index on tags goes: under row-level security
-- Postgres applies a non-LEAKPROOF operator (LIKE, array @>) only after the policy, so it never
-- chooses such an index. The search matches lower(name) (name_key) with LIKE and the tag filter
-- follows the sort's index; over 10,000 clients either costs a few milliseconds (docs/benchmarks.md).
DROP INDEX clients_tags_idx;

-- The counter sorts (docs/product.md): connected prospects, running campaigns, to be contacted.
CREATE INDEX clients_agency_connected_idx ON clients (agency_id, connected_prospects, id);
CREATE INDEX clients_agency_running_idx ON clients (agency_id, running_campaigns, id);
CREATE INDEX clients_agency_to_contact_idx ON clients (agency_id, to_be_contacted, id);

-- Sorting by owner name takes each owner's clients in id order (store/client-list.ts).
DROP INDEX clients_owner_idx;
CREATE INDEX clients_owner_idx ON clients (agency_id, owner_id, id);
