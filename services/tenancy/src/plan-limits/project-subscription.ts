import { requireIds, type ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { savePlanLimit } from '../store/plan-limits';
import { switchAgency } from '../store/tenant';
import type { Tx } from '../store/transaction';

/**
 * billing's subscription.changed → the agency's plan client limit in tenancy's projection, which
 * creating a client checks (clients/create-client.ts) without asking billing (ARCHITECTURE.md). The
 * event carries the subscription's version; an older one than the kept one changes nothing.
 */
export async function projectSubscription(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.billing.v1.subscription.changed'>,
): Promise<void> {
  const { agencyId, planId, clientLimit, unlimitedClients, version } = event.data;
  if (!requireIds(logger, event, { agencyId })) return;
  await switchAgency(tx, agencyId);
  await savePlanLimit(tx, agencyId, {
    planId,
    clientLimit: unlimitedClients ? null : clientLimit,
    version: Number(version),
  });
}
