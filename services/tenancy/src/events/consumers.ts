import { consumeStream, type EventHandlers, type NatsConnection } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import type { EventType } from '@atrium/proto';
import type { Stoppable } from '@atrium/runtime';
import { projectProspectCounters } from '../counters/project-prospect-counters';
import { projectCleanupFinished, projectCleanupProgress } from '../jobs/project-cleanup-progress';
import { inTransactionWithoutTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';

export interface ConsumerDeps {
  db: Db;
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
}

/**
 * The facts tenancy keeps of other services' events, by publisher (docs/events.md): campaigns'
 * prospect counters for the client list and the progress of the prospect cleanups it runs. Purge reports have consumers of their own
 * (src/purge/consumers.ts), one per participant.
 */
export async function startConsumers(deps: ConsumerDeps): Promise<Stoppable[]> {
  const { logger } = deps;
  const campaignsHandlers: EventHandlers<
    Tx,
    | 'atrium.campaigns.v1.client_counters.changed'
    | 'atrium.campaigns.v1.prospect_cleanup.progressed'
    | 'atrium.campaigns.v1.prospect_cleanup.finished'
  > = {
    'atrium.campaigns.v1.client_counters.changed': (event, tx) => projectProspectCounters(tx, logger, event),
    'atrium.campaigns.v1.prospect_cleanup.progressed': (event, tx) =>
      projectCleanupProgress(tx, logger, event),
    'atrium.campaigns.v1.prospect_cleanup.finished': (event, tx) => projectCleanupFinished(tx, logger, event),
  };
  return Promise.all([consume(deps, 'campaigns', campaignsHandlers)]);
}

function consume<E extends EventType>(
  deps: ConsumerDeps,
  service: string,
  handlers: EventHandlers<Tx, E>,
): Promise<Stoppable> {
  return consumeStream<Tx, E>({
    nc: deps.nc,
    namespace: deps.namespace,
    logger: deps.logger,
    service,
    // tenancy-<service> is the purge report consumer of the same stream: a durable of its own, so each
    // reads the whole stream.
    durable: `tenancy-${service}-feed`,
    // Each handler names the agency from its event (switchAgency).
    transaction: (work) => inTransactionWithoutTenant(deps.db, work),
    handlers,
  });
}
