import type { Actor } from '@atrium/logger';
import type { Db } from '../store/db';
import { requirePerson } from './require-person';

/** Marks every unread notification of the caller in the agency it acts in read; answers how many. */
export async function markAllNotificationsRead(db: Db, actor: Actor | undefined): Promise<number> {
  const person = requirePerson(actor);
  const { count } = await db.notification.updateMany({
    where: { ...person, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
