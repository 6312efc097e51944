import type { Tx } from './db';

/** A client's prospect counters as campaigns keeps them (docs/product.md#client-list-counters). */
export interface ClientCounters {
  agencyId: string;
  clientId: string;
  storedProspects: number;
  connectedProspects: number;
  version: number;
}

/**
 * Takes the client's counters row (creating it), locked until the transaction ends. Every change of the
 * client's prospects takes it first, so changes of one client count one after another and each
 * recount sees every change committed before it. False when the row belongs to another agency, which
 * row-level security hides: then the client is not this agency's.
 */
export async function lockCounters(tx: Tx, agencyId: string, clientId: string): Promise<boolean> {
  await tx.$executeRawUnsafe(
    `INSERT INTO client_prospect_counters (client_id, agency_id) VALUES ($1::uuid, $2::uuid)
     ON CONFLICT (client_id) DO NOTHING`,
    clientId,
    agencyId,
  );
  const rows: unknown[] = await tx.$queryRawUnsafe(
    'SELECT 1 FROM client_prospect_counters WHERE client_id = $1::uuid FOR UPDATE',
    clientId,
  );
  return rows.length > 0;
}

/**
 * Counts the client's stored and connected prospects again, exactly as docs/product.md defines them,
 * and moves the version on when either changed, so the publisher tells the new counts.
 */
export async function recountProspects(tx: Tx, clientId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE client_prospect_counters c
        SET stored_prospects = s.stored, connected_prospects = s.connected, version = c.version + 1
       FROM (SELECT count(*) AS stored,
                    count(*) FILTER (WHERE email_validated_at IS NOT NULL OR email_sent_at IS NOT NULL
                                        OR task_done_at IS NOT NULL) AS connected
               FROM prospects WHERE client_id = $1::uuid AND deleted_at IS NULL) s
      WHERE c.client_id = $1::uuid
        AND (c.stored_prospects, c.connected_prospects) IS DISTINCT FROM (s.stored, s.connected)`,
    clientId,
  );
}

/** The clients, of every agency, whose counters changed since their last event and are due another. */
export async function findDueCounters(
  tx: Tx,
  minIntervalMs: number,
  maxRows: number,
): Promise<Array<{ agencyId: string; clientId: string }>> {
  return tx.$queryRawUnsafe(
    `SELECT agency_id AS "agencyId", client_id AS "clientId"
       FROM due_client_counters(make_interval(secs => $1::float8 / 1000), $2::int)`,
    minIntervalMs,
    maxRows,
  );
}

/**
 * The client's counters when they are still due, locked so that one publisher at a time tells them
 * (another replica's publisher skips the row), else null.
 */
export async function claimDueCounters(
  tx: Tx,
  clientId: string,
  minIntervalMs: number,
): Promise<ClientCounters | null> {
  const rows: Array<{
    agencyId: string;
    clientId: string;
    storedProspects: bigint;
    connectedProspects: bigint;
    version: bigint;
  }> = await tx.$queryRawUnsafe(
    `SELECT agency_id AS "agencyId", client_id AS "clientId", stored_prospects AS "storedProspects",
            connected_prospects AS "connectedProspects", version
       FROM client_prospect_counters
      WHERE client_id = $1::uuid AND version > published_version
        AND (published_at IS NULL OR published_at <= now() - make_interval(secs => $2::float8 / 1000))
      FOR UPDATE SKIP LOCKED`,
    clientId,
    minIntervalMs,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    agencyId: row.agencyId,
    clientId: row.clientId,
    storedProspects: Number(row.storedProspects),
    connectedProspects: Number(row.connectedProspects),
    version: Number(row.version),
  };
}

/** Records that the counters of `version` were told, on the database's clock as due_client_counters reads it. */
export async function markCountersPublished(tx: Tx, clientId: string, version: number): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE client_prospect_counters SET published_version = $2::bigint, published_at = now()
      WHERE client_id = $1::uuid`,
    clientId,
    version,
  );
}

/** A page of the clients, of every agency, that campaigns keeps counters for, in id order after `afterClientId`. */
export async function findCountedClients(
  tx: Tx,
  afterClientId: string | null,
  maxRows: number,
): Promise<Array<{ agencyId: string; clientId: string }>> {
  return tx.$queryRawUnsafe(
    `SELECT agency_id AS "agencyId", client_id AS "clientId" FROM counted_clients($1::uuid, $2::int)`,
    afterClientId,
    maxRows,
  );
}

/** What a repair found and left: the counts before and after, and the version they now carry. */
export interface RepairedCounters extends ClientCounters {
  storedBefore: number;
  connectedBefore: number;
}

/**
 * Counts the client's prospects again from the prospect table, whatever the row said, and moves its
 * version past every version told before: to the current time in milliseconds when that is higher
 * than the next version. A database restored from a backup has versions older than those its
 * consumers keep, which would drop the repaired counts as stale; a version on the clock is newer.
 * The client's counters row must be locked (lockCounters).
 */
export async function repairCounters(tx: Tx, clientId: string): Promise<RepairedCounters> {
  const rows: Array<{
    agencyId: string;
    storedBefore: bigint;
    connectedBefore: bigint;
    storedProspects: bigint;
    connectedProspects: bigint;
    version: bigint;
  }> = await tx.$queryRawUnsafe(
    `WITH before AS (
       SELECT stored_prospects, connected_prospects FROM client_prospect_counters WHERE client_id = $1::uuid
     )
     UPDATE client_prospect_counters c
        SET stored_prospects = s.stored, connected_prospects = s.connected,
            version = greatest(c.version + 1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint)
       FROM before,
            (SELECT count(*) AS stored,
                    count(*) FILTER (WHERE email_validated_at IS NOT NULL OR email_sent_at IS NOT NULL
                                        OR task_done_at IS NOT NULL) AS connected
               FROM prospects WHERE client_id = $1::uuid AND deleted_at IS NULL) s
      WHERE c.client_id = $1::uuid
      RETURNING c.agency_id AS "agencyId", before.stored_prospects AS "storedBefore",
                before.connected_prospects AS "connectedBefore", c.stored_prospects AS "storedProspects",
                c.connected_prospects AS "connectedProspects", c.version`,
    clientId,
  );
  const row = rows[0];
  if (!row) throw new Error(`client ${clientId} has no counters row to repair`);
  return {
    agencyId: row.agencyId,
    clientId,
    storedBefore: Number(row.storedBefore),
    connectedBefore: Number(row.connectedBefore),
    storedProspects: Number(row.storedProspects),
    connectedProspects: Number(row.connectedProspects),
    version: Number(row.version),
  };
}

/**
 * Takes prospects a batch deleted off the client's counts and moves the version on, without counting
 * the client's whole table again (a cleanup deletes in many batches). The row must be locked
 * (lockCounters) since before the deletions.
 */
export async function subtractFromCounters(
  tx: Tx,
  clientId: string,
  removed: { stored: number; connected: number },
): Promise<void> {
  if (removed.stored === 0 && removed.connected === 0) return;
  await tx.$executeRawUnsafe(
    `UPDATE client_prospect_counters
        SET stored_prospects = greatest(stored_prospects - $2::bigint, 0),
            connected_prospects = greatest(connected_prospects - $3::bigint, 0), version = version + 1
      WHERE client_id = $1::uuid`,
    clientId,
    removed.stored,
    removed.connected,
  );
}
