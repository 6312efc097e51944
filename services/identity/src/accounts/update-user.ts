import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { checkProfileChanges, type ProfileChanges } from '../domain/profile';
import { inTransaction, type Db } from '../store/transaction';
import { findUserById, updateUser as storeUpdate, type UserRow } from '../store/users';
import { requirePerson } from './require-person';
import { userUpdated } from './user-updated';

/** Changes the caller's own profile fields that are present; nothing present changes nothing. */
export async function updateUser(
  db: Db,
  actorOrNone: Actor | undefined,
  changes: ProfileChanges,
): Promise<UserRow> {
  const actor = requirePerson(actorOrNone);
  const checked = checkProfileChanges(changes);
  if (Object.keys(checked).length === 0) {
    const user = await findUserById(db, actor.userId);
    if (!user) throw new DomainError('not_found', 'No such user.');
    return user;
  }
  return inTransaction(db, async (tx) => {
    const user = await storeUpdate(tx, actor.userId, checked);
    await userUpdated(tx, user);
    return user;
  });
}
