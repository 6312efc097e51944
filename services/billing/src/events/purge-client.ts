import { requireIds, type AnswerEvent, type ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { nextClientStatus } from '../domain/client-status';
import { findClientStatus, saveClientStatus } from '../store/clients';
import { deleteClientPaymentMethods } from '../store/payment-methods';
import { deleteClientMovements } from '../store/ledger';
import { deleteClientPurchases } from '../store/purchases';
import { deleteClientBillingSettings } from '../store/billing-settings';
import { deleteClientReservations } from '../store/reservations';
import { switchAgency } from '../store/tenant';
import type { Tx } from '../store/transaction';

/**
 * billing's part in tenancy's client purge saga (docs/events.md): on client.deletion_requested it
 * deletes everything it holds of the client, in the consumer's transaction, and answers
 * client.purged (libs/events `answering` commits both with the inbox row). Of the client it keeps
 * only a tombstone of ids in its projection, as tenancy does, so a late lifecycle event cannot bring
 * the client back. Each table billing gains with a client_id adds its deletion here. Of the ledger
 * it deletes the client's movements (keys, actors, reasons, answers), purchases, money settings and reservations; the client's
 * accounts and entries stay as ids and amounts, because the agency's balance is the sum of its
 * entries, some of which go to or come from the client (docs/billing.md "When a client is deleted").
 */
export async function purgeClient(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.tenancy.v1.client.deletion_requested'>,
): Promise<AnswerEvent | undefined> {
  const { agencyId, clientId } = event.data;
  if (!requireIds(logger, event, { agencyId, clientId })) return undefined;
  await switchAgency(tx, agencyId);
  const tombstone = nextClientStatus(await findClientStatus(tx, clientId), {
    status: 'deleted',
    changedAt: new Date(event.time),
  });
  if (tombstone) await saveClientStatus(tx, agencyId, clientId, tombstone);
  await deleteClientPaymentMethods(tx, clientId);
  await deleteClientReservations(tx, clientId);
  await deleteClientMovements(tx, clientId);
  await deleteClientPurchases(tx, clientId);
  await deleteClientBillingSettings(tx, clientId);
  logger.info({ agencyId, clientId }, 'purged the client');
  return {
    type: 'atrium.billing.v1.client.purged',
    subject: `agencies/${agencyId}/clients/${clientId}`,
    data: { agencyId, clientId, service: 'billing' },
  };
}
