import { enqueueEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import {
  claimDueCounters,
  findDueCounters,
  markCountersPublished,
  type ClientCounters,
} from '../store/counters';
import { inTenant, inTransactionWithoutTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { EVENT_SOURCE } from './source';

export interface CounterPublisherOptions {
  /** The shortest time between two events of one client: the coalescing window. */
  minIntervalMs: number;
  /** How often it looks for clients whose counts changed. */
  pollMs: number;
  /** Clients told per look. */
  batchSize: number;
}

/**
 * Publishes each client's prospect counters (atrium.campaigns.v1.client_counters.changed) when they
 * changed, coalesced: at most one event per client every minIntervalMs however fast its prospects
 * change, always carrying the counts at the moment it is written, so the last event of a burst has
 * the final counts (docs/campaigns.md "Counters"). The event goes through the outbox in the
 * transaction that marks the version told, so it is published exactly once per version told; with
 * several replicas a client's row is claimed by one of them (SKIP LOCKED).
 */
export function startCounterPublisher(db: Db, logger: Logger, options: CounterPublisherOptions): Stoppable {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function publishDue(): Promise<void> {
    const due = await inTransactionWithoutTenant(db, (tx) =>
      findDueCounters(tx, options.minIntervalMs, options.batchSize),
    );
    for (const { agencyId, clientId } of due) {
      if (stopped) return;
      await inTenant(db, { agencyId }, async (tx) => {
        const counters = await claimDueCounters(tx, clientId, options.minIntervalMs);
        if (!counters) return;
        await tellCounters(tx, counters);
      });
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = publishDue()
        .catch((error: unknown) => logger.error({ err: error }, 'publishing client counters failed'))
        .finally(schedule);
    }, options.pollMs);
  }

  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/**
 * Writes client_counters.changed with these counts through the outbox, in the caller's transaction,
 * and records their version as told. The client's counters row must be locked.
 */
export async function tellCounters(tx: Tx, counters: ClientCounters): Promise<void> {
  const { agencyId, clientId } = counters;
  await enqueueEvent(
    tx,
    {
      type: 'atrium.campaigns.v1.client_counters.changed',
      subject: `agencies/${agencyId}/clients/${clientId}`,
      data: {
        agencyId,
        clientId,
        storedProspects: counters.storedProspects,
        connectedProspects: counters.connectedProspects,
        version: counters.version,
        countedAt: new Date().toISOString(),
      },
    },
    EVENT_SOURCE,
  );
  await markCountersPublished(tx, clientId, counters.version);
}
