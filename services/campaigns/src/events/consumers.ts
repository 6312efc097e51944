import {
  answering,
  ensureStream,
  startConsumer,
  type NatsConnection,
  type ReceivedEvent,
} from '@atrium/events';
import type { Logger } from '@atrium/logger';
import type { EventType } from '@atrium/proto';
import type { Stoppable } from '@atrium/runtime';
import { inTransactionWithoutTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { projectClientStatus } from './project-client-status';
import { purgeClient } from './purge-client';
import { EVENT_SOURCE } from './source';

export interface ConsumerDeps {
  db: Db;
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
}

/** One handler per event type, each given its type's payload as the generated event map types it. */
type Handlers<E extends EventType> = { [K in E]: (event: ReceivedEvent<K>, tx: Tx) => Promise<void> };

/** The events campaigns consumes, by publisher: one durable consumer per stream (docs/events.md). */
export async function startConsumers(deps: ConsumerDeps): Promise<Stoppable[]> {
  const { logger } = deps;
  const tenancyHandlers: Handlers<
    | 'atrium.tenancy.v1.client.created'
    | 'atrium.tenancy.v1.client.deactivated'
    | 'atrium.tenancy.v1.client.reactivated'
    | 'atrium.tenancy.v1.client.deleted'
    | 'atrium.tenancy.v1.client.deletion_requested'
  > = {
    'atrium.tenancy.v1.client.created': (event, tx) => projectClientStatus(tx, logger, event, 'active'),
    'atrium.tenancy.v1.client.deactivated': (event, tx) => projectClientStatus(tx, logger, event, 'inactive'),
    'atrium.tenancy.v1.client.reactivated': (event, tx) => projectClientStatus(tx, logger, event, 'active'),
    'atrium.tenancy.v1.client.deleted': (event, tx) => projectClientStatus(tx, logger, event, 'deleted'),
    'atrium.tenancy.v1.client.deletion_requested': answering(EVENT_SOURCE, (event, tx: Tx) =>
      purgeClient(tx, logger, event),
    ),
  };
  return Promise.all([consume(deps, 'tenancy', tenancyHandlers)]);
}

async function consume<E extends EventType>(
  deps: ConsumerDeps,
  service: string,
  handlers: Handlers<E>,
): Promise<Stoppable> {
  // The publisher may not have started yet; declaring its stream is idempotent and lets us subscribe now.
  await ensureStream(deps.nc, service, deps.namespace);
  return startConsumer<Tx, E>({
    nc: deps.nc,
    namespace: deps.namespace,
    logger: deps.logger,
    service,
    // NATS 2.9 allows one filter subject per consumer, so one durable reads the publisher's whole
    // stream and skips the types not listed here.
    durable: `campaigns-${service}`,
    eventTypes: Object.keys(handlers) as E[],
    // Each handler names the agency from its event (switchAgency).
    transaction: (work) => inTransactionWithoutTenant(deps.db, work),
    // TypeScript cannot pair a union's member with its own handler; Handlers<E> makes the pairs.
    handle: (event, tx) =>
      (handlers[event.type as E] as (event: ReceivedEvent<E>, tx: Tx) => Promise<void>)(event, tx),
  });
}
