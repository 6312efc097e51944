import { pageOf, pageSize } from '@atrium/db';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import {
  findNotificationPosition,
  listNotificationsAfter,
  listNotificationsPage,
  type Notification,
} from '../store/notifications';
import type { Db } from '../store/transaction';
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
  const rows = await listNotificationsPage(db, person, {
    unreadOnly: input.unreadOnly,
    cursor: input.cursor,
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
  const anchor = await findNotificationPosition(db, person, notificationId(input.afterId, 'afterId'));
  if (!anchor) throw new DomainError('not_found', 'No such notification.');
  return listNotificationsAfter(db, person, anchor, { unreadOnly: input.unreadOnly, take: limit });
}
