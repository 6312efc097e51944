import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { isUuid } from '../domain/ids';
import type { Db } from '../store/transaction';
import { findUserById, type UserRow } from '../store/users';

/** A person may read their own identity; anyone else's answers not_found. */
export async function getUser(db: Db, actor: Actor | undefined, userId: string): Promise<UserRow> {
  if (!actor || actor.userId !== userId || !isUuid(userId))
    throw new DomainError('not_found', 'No such user.');
  const user = await findUserById(db, userId);
  if (!user) throw new DomainError('not_found', 'No such user.');
  return user;
}
