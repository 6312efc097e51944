import { requireIds, type ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { nextClientStatus, type ClientStatus } from '../domain/client-status';
import { findClientStatus, saveClientStatus } from '../store/clients';
import { switchAgency } from '../store/tenant';
import type { Tx } from '../store/transaction';

/** The lifecycle events of tenancy that change a client's status. */
export type ClientLifecycleEvent = ReceivedEvent<
  | 'atrium.tenancy.v1.client.created'
  | 'atrium.tenancy.v1.client.deactivated'
  | 'atrium.tenancy.v1.client.reactivated'
  | 'atrium.tenancy.v1.client.deleted'
>;

/**
 * A client lifecycle event of tenancy → the client's status in billing's projection, so
 * billing reads it locally rather than asking tenancy on its hot path (ARCHITECTURE.md).
 */
export async function projectClientStatus(
  tx: Tx,
  logger: Logger,
  event: ClientLifecycleEvent,
  status: ClientStatus,
): Promise<void> {
  const { agencyId, clientId } = event.data;
  if (!requireIds(logger, event, { agencyId, clientId })) return;
  await switchAgency(tx, agencyId);
  const next = nextClientStatus(await findClientStatus(tx, clientId), {
    status,
    changedAt: new Date(event.time),
  });
  if (next) await saveClientStatus(tx, agencyId, clientId, next);
}
