import { randomUUID } from 'node:crypto';
import type { EmailDelivery } from '../generated/prisma/client';
import type { Db, Tx } from './db';
import type { olderThanCursor } from './keyset';

/** A delivery as it is listed: without its bodies, which may hold single-use links. */
export type DeliveryListItem = Omit<EmailDelivery, 'html' | 'text'>;

export interface NewEmailDelivery {
  sourceEventId: string;
  recipient: string;
  kind: string;
  agencyId: string | null;
  clientId: string | null;
  fromName: string;
  replyTo: string;
  subject: string;
  html: string;
  text: string;
}

/** Queues an email in the caller's transaction; a second one for the same event and recipient is dropped. */
export async function insertEmailDelivery(tx: Tx, delivery: NewEmailDelivery): Promise<void> {
  await tx.emailDelivery.createMany({
    data: [{ id: randomUUID(), ...delivery, recipient: delivery.recipient.trim().toLowerCase() }],
    skipDuplicates: true,
  });
}

/** A delivery the worker holds: attempts already counts the attempt about to be made. */
export interface ClaimedDelivery {
  id: string;
  kind: string;
  recipient: string;
  fromName: string;
  replyTo: string;
  subject: string;
  html: string;
  text: string;
  attempts: number;
}

/**
 * Takes up to `limit` due deliveries for one attempt each: counts the attempt and pushes
 * next_attempt_at out by the lease, in one statement, so a worker that dies mid-send leaves the row
 * due again once the lease runs out. SKIP LOCKED lets concurrent workers claim different rows.
 */
export async function claimDueDeliveries(db: Db, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  return db.$queryRawUnsafe<ClaimedDelivery[]>(
    `UPDATE email_deliveries AS d
        SET attempts = d.attempts + 1,
            next_attempt_at = now() + $2 * interval '1 millisecond'
       FROM (SELECT id FROM email_deliveries
              WHERE status = 'pending' AND next_attempt_at <= now()
              ORDER BY next_attempt_at, id
              LIMIT $1
                FOR UPDATE SKIP LOCKED) AS due
      WHERE d.id = due.id
  RETURNING d.id, d.kind, d.recipient, d.from_name AS "fromName", d.reply_to AS "replyTo",
            d.subject, d.html, d.text, d.attempts`,
    limit,
    leaseMs,
  );
}

export interface PendingDeliveryCounts {
  pending: number;
  /** Seconds since the oldest pending delivery was queued; 0 when none is. */
  oldestAgeSeconds: number;
}

/** How many deliveries wait to be sent and for how long the oldest has (for /metrics). */
export async function pendingDeliveryCounts(db: Db): Promise<PendingDeliveryCounts> {
  const [row] = await db.$queryRawUnsafe<{ pending: number; oldest_age_seconds: number }[]>(
    `SELECT count(*)::int AS pending,
            coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest_age_seconds
       FROM email_deliveries
      WHERE status = 'pending'`,
  );
  return { pending: row!.pending, oldestAgeSeconds: Math.max(0, row!.oldest_age_seconds) };
}

/*
 * The settling updates match on attempts too: if this worker's lease ran out and another worker
 * claimed the row again, only the newer attempt records its outcome. Settled rows lose their bodies,
 * which may hold single-use links and are never shown again.
 */

export async function markDeliverySent(db: Db, delivery: ClaimedDelivery): Promise<void> {
  await db.emailDelivery.updateMany({
    where: { id: delivery.id, status: 'pending', attempts: delivery.attempts },
    data: { status: 'sent', sentAt: new Date(), lastError: null, html: '', text: '' },
  });
}

export async function markDeliveryFailed(
  db: Db,
  delivery: ClaimedDelivery,
  lastError: string,
): Promise<void> {
  await db.emailDelivery.updateMany({
    where: { id: delivery.id, status: 'pending', attempts: delivery.attempts },
    data: { status: 'failed', failedAt: new Date(), lastError, html: '', text: '' },
  });
}

export async function scheduleRetry(
  db: Db,
  delivery: ClaimedDelivery,
  lastError: string,
  delayMs: number,
): Promise<void> {
  // The database's clock, like the claim's, so app servers' clock skew cannot shift retries.
  await db.$executeRawUnsafe(
    `UPDATE email_deliveries
        SET last_error = $3, next_attempt_at = now() + $4 * interval '1 millisecond'
      WHERE id = $1::uuid AND status = 'pending' AND attempts = $2`,
    delivery.id,
    delivery.attempts,
    lastError,
    delayMs,
  );
}

/**
 * Up to `take` of the agency's deliveries, newest first, with the status if one is given, on the page
 * `olderThan` (store/keyset.ts) selects. The bodies never leave the service.
 */
export function listAgencyEmailDeliveries(
  db: Db,
  agencyId: string,
  page: { status: string; olderThan: ReturnType<typeof olderThanCursor>; take: number },
): Promise<DeliveryListItem[]> {
  return db.emailDelivery.findMany({
    where: {
      agencyId,
      ...(page.status ? { status: page.status } : {}),
      ...page.olderThan,
    },
    omit: { html: true, text: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: page.take,
  });
}

/** Deletes every delivery about the client, pending or settled; answers how many. */
export async function deleteClientEmailDeliveries(
  tx: Tx,
  agencyId: string,
  clientId: string,
): Promise<number> {
  const { count } = await tx.emailDelivery.deleteMany({ where: { agencyId, clientId } });
  return count;
}
