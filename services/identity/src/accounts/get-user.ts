import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import type { Db } from '../store/db';

/** A person may read their own identity; anyone else's answers not_found. */
export async function getUser(db: Db, actor: Actor | undefined, userId: string) {
  if (!actor || actor.userId !== userId) throw new DomainError('not_found', 'No such user.');
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new DomainError('not_found', 'No such user.');
  return user;
}
