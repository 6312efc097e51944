import type { Tx } from './db';

/** A client's prospect counters as campaigns counted them (docs/product.md#client-list-counters). */
export interface ProspectCounters {
  clientId: string;
  storedProspects: number;
  connectedProspects: number;
  /** campaigns' version of the counts: it grows with every change of them. */
  version: bigint;
}

/**
 * Stores the counts on the client's row when they are newer than the ones it holds, so an event
 * retried after a newer one cannot take a counter back. A deleted client's row keeps its tombstone.
 * Answers whether the row changed.
 */
export async function saveProspectCounters(tx: Tx, counters: ProspectCounters): Promise<boolean> {
  const changed = await tx.$executeRawUnsafe(
    `UPDATE clients
        SET stored_prospects = $2::integer, connected_prospects = $3::integer,
            prospect_counters_version = $4::bigint
      WHERE id = $1::uuid AND status <> 'deleted' AND prospect_counters_version < $4::bigint`,
    counters.clientId,
    counters.storedProspects,
    counters.connectedProspects,
    counters.version,
  );
  return changed > 0;
}
