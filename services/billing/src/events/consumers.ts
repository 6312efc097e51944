import { answering, consumeStream, type EventHandlers, type NatsConnection } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import type { EventType } from '@atrium/proto';
import type { Stoppable } from '@atrium/runtime';
import { inTransactionWithoutTenant } from '../store/tenant';
import { subscribeNewAgency } from '../subscriptions/subscribe-new-agency';
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

/** The events billing consumes, by publisher: one durable consumer per stream (docs/events.md). */
export async function startConsumers(deps: ConsumerDeps): Promise<Stoppable[]> {
  const { logger } = deps;
  const tenancyHandlers: EventHandlers<
    Tx,
    | 'atrium.tenancy.v1.agency.created'
    | 'atrium.tenancy.v1.client.created'
    | 'atrium.tenancy.v1.client.deactivated'
    | 'atrium.tenancy.v1.client.reactivated'
    | 'atrium.tenancy.v1.client.deleted'
    | 'atrium.tenancy.v1.client.deletion_requested'
  > = {
    'atrium.tenancy.v1.agency.created': (event, tx) => subscribeNewAgency(tx, logger, event),
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
    // NATS 2.9 allows one filter subject per consumer, so one durable reads the publisher's whole
    // stream and skips the types not listed here.
    durable: `billing-${service}`,
    // Each handler names the agency from its event (switchAgency).
    transaction: (work) => inTransactionWithoutTenant(deps.db, work),
    handlers,
  });
}
