import { requireIds, type ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { switchAgency } from '../store/tenant';
import type { Tx } from '../store/transaction';
import { openSubscription } from './open-subscription';

/** tenancy's agency.created → the agency is on the default plan, its first period from sign-up. */
export async function subscribeNewAgency(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.tenancy.v1.agency.created'>,
): Promise<void> {
  const { agencyId, ownerUserId } = event.data;
  if (!requireIds(logger, event, { agencyId })) return;
  await switchAgency(tx, agencyId);
  await openSubscription(tx, agencyId, new Date(event.time), ownerUserId);
}
