import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { findNotification, markNotificationReadOnce, type Notification } from '../store/notifications';
import type { Db } from '../store/transaction';
import { notificationId, requirePerson } from './require-person';

/**
 * Marks one of the caller's notifications read; marking it again keeps the first read time. Someone
 * else's notification is not_found, so ids reveal nothing.
 */
export async function markNotificationRead(
  db: Db,
  actor: Actor | undefined,
  id: string,
): Promise<Notification> {
  const person = requirePerson(actor);
  const checkedId = notificationId(id, 'id');
  await markNotificationReadOnce(db, person, checkedId);
  const notification = await findNotification(db, person, checkedId);
  if (!notification) throw new DomainError('not_found', 'No such notification.');
  return notification;
}
