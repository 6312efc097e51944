import { randomUUID } from 'node:crypto';
import type { Tx } from './db';

/** A saved card as billing keeps it (never its number). */
export interface PaymentMethodRecord {
  id: string;
  agencyId: string;
  clientId: string | null;
  provider: string;
  providerCustomerId: string;
  providerPaymentMethodId: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  status: 'active' | 'declined';
  savedBy: string;
  updatedAt: Date;
}

const SELECT = {
  id: true,
  agencyId: true,
  clientId: true,
  provider: true,
  providerCustomerId: true,
  providerPaymentMethodId: true,
  brand: true,
  last4: true,
  expMonth: true,
  expYear: true,
  status: true,
  savedBy: true,
  updatedAt: true,
} as const;

function recordOf<T extends { status: string }>(row: T): T & { status: 'active' | 'declined' } {
  return row as T & { status: 'active' | 'declined' };
}

/** The card of the agency (clientId null) or of one of its clients, in the transaction's agency. */
export async function findPaymentMethod(
  tx: Tx,
  agencyId: string,
  clientId: string | null,
): Promise<PaymentMethodRecord | null> {
  const row = await tx.paymentMethod.findFirst({ where: { agencyId, clientId }, select: SELECT });
  return row && recordOf(row);
}

/** The card with this provider id, in the transaction's agency. */
export async function findPaymentMethodByProviderId(
  tx: Tx,
  providerPaymentMethodId: string,
): Promise<PaymentMethodRecord | null> {
  const row = await tx.paymentMethod.findFirst({ where: { providerPaymentMethodId }, select: SELECT });
  return row && recordOf(row);
}

export async function findPaymentMethodById(tx: Tx, id: string): Promise<PaymentMethodRecord | null> {
  const row = await tx.paymentMethod.findUnique({ where: { id }, select: SELECT });
  return row && recordOf(row);
}

/** Replaces the owner's card by a new one (a new id, so alerts about the old card do not silence it). */
export async function replacePaymentMethod(
  tx: Tx,
  card: Omit<PaymentMethodRecord, 'id' | 'status' | 'updatedAt'>,
): Promise<PaymentMethodRecord> {
  await tx.paymentMethod.deleteMany({ where: { agencyId: card.agencyId, clientId: card.clientId } });
  const row = await tx.paymentMethod.create({
    data: { id: randomUUID(), ...card, status: 'active' },
    select: SELECT,
  });
  return recordOf(row);
}

/** Forgets the owner's card; false when there was none. */
export async function deletePaymentMethod(
  tx: Tx,
  agencyId: string,
  clientId: string | null,
): Promise<boolean> {
  const { count } = await tx.paymentMethod.deleteMany({ where: { agencyId, clientId } });
  return count > 0;
}

/** Forgets every card of a client (the client purge). */
export async function deleteClientPaymentMethods(tx: Tx, clientId: string): Promise<void> {
  await tx.paymentMethod.deleteMany({ where: { clientId } });
}

export async function setPaymentMethodStatus(
  tx: Tx,
  id: string,
  status: 'active' | 'declined',
): Promise<void> {
  await tx.paymentMethod.update({ where: { id }, data: { status, updatedAt: new Date() } });
}

export async function updateCardDetails(
  tx: Tx,
  id: string,
  card: { brand: string; last4: string; expMonth: number; expYear: number },
): Promise<void> {
  await tx.paymentMethod.update({
    where: { id },
    data: { ...card, status: 'active', updatedAt: new Date() },
  });
}

/**
 * Records that people are told about `reason` for the card; false when they were told already. The
 * primary key decides, so concurrent transactions (two replicas' scans) record it once.
 */
export async function recordAlert(
  tx: Tx,
  card: { id: string; agencyId: string },
  reason: string,
): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO payment_method_alerts (payment_method_id, reason, agency_id)
    VALUES (${card.id}::uuid, ${reason}, ${card.agencyId}::uuid)
    ON CONFLICT DO NOTHING`;
  return inserted > 0;
}

/** The agency of the card with this provider id, past row-level security (a SECURITY DEFINER function). */
export async function agencyOfProviderPaymentMethod(
  tx: Tx,
  providerPaymentMethodId: string,
): Promise<string | null> {
  const rows = await tx.$queryRaw<Array<{ agency_id: string | null }>>`
    SELECT payment_method_agency(${providerPaymentMethodId}) AS agency_id`;
  return rows[0]?.agency_id ?? null;
}

/** Every card expiring in or before the month given, with its agency, past row-level security. */
export async function paymentMethodsExpiringBy(
  tx: Tx,
  year: number,
  month: number,
): Promise<Array<{ id: string; agencyId: string }>> {
  const rows = await tx.$queryRaw<Array<{ id: string; agency_id: string }>>`
    SELECT id, agency_id FROM payment_methods_expiring_before(${year}::integer, ${month}::integer)`;
  return rows.map((row) => ({ id: row.id, agencyId: row.agency_id }));
}

/**
 * Records a provider webhook event as applied; false when it was already (a replay). In the
 * transaction that applies it, so a failure leaves it to be applied again.
 */
export async function recordWebhookEvent(
  tx: Tx,
  provider: string,
  eventId: string,
  type: string,
): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO provider_webhook_events (provider, event_id, type) VALUES (${provider}, ${eventId}, ${type})
    ON CONFLICT DO NOTHING`;
  return inserted > 0;
}
