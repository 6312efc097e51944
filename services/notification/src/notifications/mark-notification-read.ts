import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import type { Notification } from '../generated/prisma/client';
import type { Db } from '../store/db';
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
  const where = { id: notificationId(id, 'id'), ...person };
  await db.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: new Date() } });
  const notification = await db.notification.findFirst({ where });
  if (!notification) throw new DomainError('not_found', 'No such notification.');
  return notification;
}
