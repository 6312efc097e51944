import { requireIds, type ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { masterChanges, nextClientStatus, type ClientStatus } from '../domain/client-status';
import { findClientMaster, findClientStatus, saveClientMaster, saveClientStatus } from '../store/clients';
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
 * A client lifecycle event of tenancy → the client's status in campaigns's projection, so
 * campaigns reads it locally rather than asking tenancy on its hot path (ARCHITECTURE.md).
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

/**
 * Tenancy's client.created and client.updated carry the whole client: whether it is the agency's
 * master account goes into the projection, since only the master pushes templates
 * (docs/campaigns.md "Templates and the master account").
 */
export async function projectClientMaster(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.tenancy.v1.client.created' | 'atrium.tenancy.v1.client.updated'>,
): Promise<void> {
  const { agencyId, clientId, client } = event.data;
  if (!requireIds(logger, event, { agencyId, clientId }) || !client) return;
  await switchAgency(tx, agencyId);
  const change = { isMaster: client.isMaster, changedAt: new Date(event.time) };
  if (!masterChanges(await findClientMaster(tx, clientId), change)) return;
  const status: ClientStatus = client.status === 'inactive' ? 'inactive' : 'active';
  await saveClientMaster(tx, agencyId, clientId, { ...change, status });
}
