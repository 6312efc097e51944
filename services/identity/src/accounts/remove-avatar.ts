import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { inTransaction, type Db } from '../store/transaction';
import { findUserById, updateUser, type UserRow } from '../store/users';
import { requirePerson } from './require-person';
import { userUpdated } from './user-updated';

/** Deletes the caller's avatar; without one it changes nothing. */
export async function removeAvatar(db: Db, actorOrNone: Actor | undefined): Promise<UserRow> {
  const actor = requirePerson(actorOrNone);
  return inTransaction(db, async (tx) => {
    const current = await findUserById(tx, actor.userId);
    if (!current) throw new DomainError('not_found', 'No such user.');
    if (!current.avatarEtag) return current;
    const user = await updateUser(tx, actor.userId, {
      avatar: null,
      avatarContentType: null,
      avatarEtag: null,
    });
    await userUpdated(tx, user);
    return user;
  });
}
