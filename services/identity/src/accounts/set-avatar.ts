import type { Actor } from '@atrium/logger';
import { checkAvatar } from '../domain/avatar';
import { inTransaction, type Db } from '../store/transaction';
import { updateUser, type UserRow } from '../store/users';
import { requirePerson } from './require-person';
import { userUpdated } from './user-updated';

/** Stores the caller's avatar once its content proves it a JPEG or PNG of at most 1 MiB. */
export async function setAvatar(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { contentType: string; data: Buffer },
): Promise<UserRow> {
  const actor = requirePerson(actorOrNone);
  const avatar = checkAvatar(input.contentType, input.data);
  return inTransaction(db, async (tx) => {
    const user = await updateUser(tx, actor.userId, {
      avatar: new Uint8Array(avatar.data),
      avatarContentType: avatar.contentType,
      avatarEtag: avatar.etag,
    });
    await userUpdated(tx, user);
    return user;
  });
}
