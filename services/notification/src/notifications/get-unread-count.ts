import type { Actor } from '@atrium/logger';
import { countUnreadNotifications } from '../store/notifications';
import type { Db } from '../store/transaction';
import { requirePerson } from './require-person';

/** The bell's badge: the caller's unread notifications in the agency it acts in. */
export async function getUnreadCount(db: Db, actor: Actor | undefined): Promise<number> {
  const person = requirePerson(actor);
  return countUnreadNotifications(db, person);
}
