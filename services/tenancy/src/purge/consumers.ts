import { ensureStream, startConsumer, type NatsConnection } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import { inTransactionWithoutTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { isClientPurgedType, recordPurgeReport, type ClientPurgedType } from './record-purge-report';

export interface PurgeConsumerDeps {
  db: Db;
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
  /** CLIENT_PURGE_PARTICIPANTS */
  participants: readonly string[];
}

/**
 * One durable consumer per purge participant's stream, for its client.purged reports: NATS 2.9 allows
 * one filter subject per consumer, and each participant publishes on a stream of its own.
 */
export function startPurgeConsumers(deps: PurgeConsumerDeps): Promise<Stoppable[]> {
  return Promise.all(
    deps.participants.map(async (service) => {
      const purgedType = `atrium.${service}.v1.client.purged`;
      if (!isClientPurgedType(purgedType)) {
        throw new Error(
          `CLIENT_PURGE_PARTICIPANTS names ${service}, whose protos declare no ${purgedType}: it could never report`,
        );
      }
      // The participant may not have started yet; declaring its stream is idempotent.
      await ensureStream(deps.nc, service, deps.namespace);
      return startConsumer<Tx, ClientPurgedType>({
        nc: deps.nc,
        namespace: deps.namespace,
        logger: deps.logger,
        service,
        durable: `tenancy-${service}`,
        eventTypes: [purgedType],
        // recordPurgeReport names the tenant from the event (switchAgency).
        transaction: (work) => inTransactionWithoutTenant(deps.db, work),
        handle: (event, tx) => recordPurgeReport(tx, deps.logger, event),
      });
    }),
  );
}
