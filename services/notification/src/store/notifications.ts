import { randomUUID } from 'node:crypto';
import type { Notification } from '../generated/prisma/client';
import type { Db, Tx } from './db';
import { olderThanCursor } from './keyset';

export type { Notification };

/** Whose bell: a person in one agency. Every query here is confined to it. */
export interface BellOwner {
  userId: string;
  agencyId: string;
}

export interface NewNotificationRow {
  userId: string;
  agencyId: string;
  kind: string;
  title: string;
  body: string;
  clientId: string | null;
}

/**
 * Inserts the notifications of one event and answers those it created: one the event already
 * created for the same recipient is skipped (unique event and recipient).
 */
export function insertNotifications(
  tx: Tx,
  sourceEventId: string,
  notifications: NewNotificationRow[],
): Promise<Notification[]> {
  return tx.notification.createManyAndReturn({
    data: notifications.map((notification) => ({ id: randomUUID(), ...notification, sourceEventId })),
    skipDuplicates: true,
  });
}

export function countUnreadNotifications(db: Db, owner: BellOwner): Promise<number> {
  return db.notification.count({ where: { ...owner, readAt: null } });
}

/** Up to `take` of the owner's notifications, newest first, after `cursor` (none: from the newest). */
export function listNotificationsPage(
  db: Db,
  owner: BellOwner,
  page: { unreadOnly: boolean; cursor: string; take: number },
): Promise<Notification[]> {
  return db.notification.findMany({
    where: {
      ...owner,
      ...(page.unreadOnly ? { readAt: null } : {}),
      ...olderThanCursor(page.cursor),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: page.take,
  });
}

/** Where one of the owner's notifications stands in the list; null when it is not theirs. */
export function findNotificationPosition(
  db: Db,
  owner: BellOwner,
  id: string,
): Promise<{ id: string; createdAt: Date } | null> {
  return db.notification.findFirst({
    where: { id, ...owner },
    select: { id: true, createdAt: true },
  });
}

/** Up to `take` of the owner's notifications created after `anchor`, oldest first. */
export function listNotificationsAfter(
  db: Db,
  owner: BellOwner,
  anchor: { id: string; createdAt: Date },
  page: { unreadOnly: boolean; take: number },
): Promise<Notification[]> {
  return db.notification.findMany({
    where: {
      ...owner,
      ...(page.unreadOnly ? { readAt: null } : {}),
      OR: [{ createdAt: { gt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { gt: anchor.id } }],
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: page.take,
  });
}

/** Marks the owner's notification read now unless it is read already, which keeps its first read time. */
export async function markNotificationReadOnce(db: Db, owner: BellOwner, id: string): Promise<void> {
  await db.notification.updateMany({ where: { id, ...owner, readAt: null }, data: { readAt: new Date() } });
}

export function findNotification(db: Db, owner: BellOwner, id: string): Promise<Notification | null> {
  return db.notification.findFirst({ where: { id, ...owner } });
}

/** Marks every unread notification of the owner read now; answers how many. */
export async function markUnreadNotificationsRead(db: Db, owner: BellOwner): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { ...owner, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

/** Deletes every notification about the client; answers how many. */
export async function deleteClientNotifications(tx: Tx, agencyId: string, clientId: string): Promise<number> {
  const { count } = await tx.notification.deleteMany({ where: { agencyId, clientId } });
  return count;
}
