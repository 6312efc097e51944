import { consumeStream, type NatsConnection } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import { inTransactionWithoutTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { projectSubscription } from './project-subscription';

/**
 * Tenancy's projection of billing's subscriptions (docs/events.md): its own durable on billing's
 * stream, beside the purge report consumer of the same stream (purge/consumers.ts).
 */
export function startPlanLimitConsumer(deps: {
  db: Db;
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
}): Promise<Stoppable> {
  return consumeStream<Tx, 'atrium.billing.v1.subscription.changed'>({
    nc: deps.nc,
    namespace: deps.namespace,
    logger: deps.logger,
    service: 'billing',
    durable: 'tenancy-billing-plans',
    // projectSubscription names the tenant from the event (switchAgency).
    transaction: (work) => inTransactionWithoutTenant(deps.db, work),
    handlers: {
      'atrium.billing.v1.subscription.changed': (event, tx) => projectSubscription(tx, deps.logger, event),
    },
  });
}
