import type { EventEnvelope } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { nextClientStatus, type ClientStatus } from '../domain/client-status';
import { findClientStatus, saveClientStatus } from '../store/clients';
import { switchAgency } from '../store/tenant';
import type { Tx } from '../store/transaction';
import { ClientEvent, readEvent } from './read-event';

/**
 * A client lifecycle event of tenancy → the client's status in billing's projection, so
 * billing reads it locally rather than asking tenancy on its hot path (ARCHITECTURE.md).
 */
export async function projectClientStatus(
  tx: Tx,
  logger: Logger,
  event: EventEnvelope,
  status: ClientStatus,
): Promise<void> {
  const client = readEvent(ClientEvent, event, logger);
  if (!client) return;
  await switchAgency(tx, client.agencyId);
  const next = nextClientStatus(await findClientStatus(tx, client.clientId), {
    status,
    changedAt: new Date(event.time),
  });
  if (next) await saveClientStatus(tx, client.agencyId, client.clientId, next);
}
