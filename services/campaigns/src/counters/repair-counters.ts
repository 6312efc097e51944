import type { Logger } from '@atrium/logger';
import { tellCounters } from '../events/publish-counters';
import { findCountedClients, lockCounters, repairCounters } from '../store/counters';
import { inTenant, inTransactionWithoutTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** What a repair of every client's counters did. */
export interface CountersRepair {
  clients: number;
  /** Clients whose stored counts were wrong. */
  corrected: number;
}

const PAGE = 500;
// A recount scans the client's whole prospect table: a million rows take seconds, not Prisma's default 5.
const RECOUNT_TRANSACTION = { maxWait: 10_000, timeout: 300_000 };

/**
 * The operators' repair path after a bug or a restore (docs/campaigns.md "Counters"): counts every
 * client's stored and connected prospects again from the prospect table and republishes them, each
 * client in a short transaction of its own (its counters row locked, so no prospect change of the
 * client interleaves), the event written through the outbox with the recount. Safe to run while
 * campaigns serves, and again.
 */
export async function repairAllCounters(db: Db, logger: Logger): Promise<CountersRepair> {
  const repair: CountersRepair = { clients: 0, corrected: 0 };
  let after: string | null = null;
  for (;;) {
    const cursor = after;
    const page: Array<{ agencyId: string; clientId: string }> = await inTransactionWithoutTenant(db, (tx) =>
      findCountedClients(tx, cursor, PAGE),
    );
    for (const { agencyId, clientId } of page) {
      const counters = await inTenant(
        db,
        { agencyId },
        async (tx) => {
          await lockCounters(tx, agencyId, clientId);
          const repaired = await repairCounters(tx, clientId);
          await tellCounters(tx, repaired);
          return repaired;
        },
        RECOUNT_TRANSACTION,
      );
      repair.clients += 1;
      if (
        counters.storedBefore !== counters.storedProspects ||
        counters.connectedBefore !== counters.connectedProspects
      ) {
        repair.corrected += 1;
        logger.warn(
          {
            agencyId,
            clientId,
            before: { stored: counters.storedBefore, connected: counters.connectedBefore },
            after: { stored: counters.storedProspects, connected: counters.connectedProspects },
          },
          'corrected the prospect counters of a client',
        );
      }
    }
    if (page.length < PAGE) return repair;
    after = page[page.length - 1]!.clientId;
  }
}
