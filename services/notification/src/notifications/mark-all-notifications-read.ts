import type { Actor } from '@atrium/logger';
import { markUnreadNotificationsRead } from '../store/notifications';
import type { Db } from '../store/transaction';
import { requirePerson } from './require-person';

/** Marks every unread notification of the caller in the agency it acts in read; answers how many. */
export async function markAllNotificationsRead(db: Db, actor: Actor | undefined): Promise<number> {
  const person = requirePerson(actor);
  return markUnreadNotificationsRead(db, person);
}
