import { consumeStream, type EventHandlers } from '@atrium/events';
import type { Stoppable } from '@atrium/runtime';
import { notifyCleanupFinished } from '../notifications/notify-cleanup-finished';
import { inTransaction, type Tx } from '../store/transaction';
import type { ConsumerDeps } from './consumers';

/** The campaigns events notification turns into notices: one durable consumer of its stream. */
export function consumeCampaigns(deps: ConsumerDeps): Promise<Stoppable> {
  const handlers: EventHandlers<Tx, 'atrium.campaigns.v1.prospect_cleanup.finished'> = {
    'atrium.campaigns.v1.prospect_cleanup.finished': (event, tx) =>
      notifyCleanupFinished(tx, { tenancy: deps.tenancy, logger: deps.logger }, event),
  };
  const transactionTimeoutMs = deps.grpcDeadlineMs + 10_000;
  return consumeStream<Tx, 'atrium.campaigns.v1.prospect_cleanup.finished'>({
    nc: deps.nc,
    namespace: deps.namespace,
    logger: deps.logger,
    service: 'campaigns',
    durable: 'notification-campaigns',
    // The handler waits for tenancy (who may reach the client): a timeout past its deadline, and an
    // AckWait past that, as for the other streams (consumers.ts).
    transaction: (work) => inTransaction(deps.db, work, { timeout: transactionTimeoutMs }),
    handlers,
    ackWaitMs: transactionTimeoutMs + 15_000,
  });
}
