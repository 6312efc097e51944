import { pageOf, pageSize } from '@atrium/db';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import type { Notification } from '../generated/prisma/client';
import type { Db } from '../store/db';
import { olderThanCursor } from '../store/keyset';
import { notificationId, requirePerson, type Person } from './require-person';

export interface ListNotificationsInput {
  limit: number;
  cursor: string;
  unreadOnly: boolean;
  afterId: string;
}

/**
 * The caller's notifications in the agency it acts in: newest first by cursor, or, with afterId,
 * those created after that notification, oldest first (what a reconnecting stream missed).
 */
export async function listNotifications(
  db: Db,
  actor: Actor | undefined,
  input: ListNotificationsInput,
): Promise<{ notifications: Notification[]; nextCursor: string | null }> {
  const person = requirePerson(actor);
  const limit = pageSize(input.limit);
  if (input.afterId) {
    if (input.cursor)
      throw new DomainError('validation_failed', 'afterId and cursor cannot be combined.', {
        fields: [{ field: 'afterId', message: 'cannot be combined with cursor' }],
      });
    return { notifications: await listAfter(db, person, input, limit), nextCursor: null };
  }
  const rows = await db.notification.findMany({
    where: {
      ...person,
      ...(input.unreadOnly ? { readAt: null } : {}),
      ...olderThanCursor(input.cursor),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
  });
  const { items, nextCursor } = pageOf(rows, limit);
  return { notifications: items, nextCursor };
}

async function listAfter(
  db: Db,
  person: Person,
  input: ListNotificationsInput,
  limit: number,
): Promise<Notification[]> {
  const anchor = await db.notification.findFirst({
    where: { id: notificationId(input.afterId, 'afterId'), ...person },
    select: { id: true, createdAt: true },
  });
  if (!anchor) throw new DomainError('not_found', 'No such notification.');
  return db.notification.findMany({
    where: {
      ...person,
      ...(input.unreadOnly ? { readAt: null } : {}),
      OR: [{ createdAt: { gt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { gt: anchor.id } }],
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: limit,
  });
}
