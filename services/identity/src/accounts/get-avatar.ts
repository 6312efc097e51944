import { DomainError } from '@atrium/errors';
import { isUuid } from '../domain/ids';
import type { Db } from '../store/transaction';
import { findAvatar } from '../store/users';

/** A person's avatar image; public, since user ids are unguessable and avatars are not secret. */
export async function getAvatar(
  db: Db,
  userId: string,
): Promise<{ contentType: string; data: Buffer; etag: string }> {
  const found = isUuid(userId) ? await findAvatar(db, userId) : null;
  if (!found?.avatar || !found.avatarContentType || !found.avatarEtag) {
    throw new DomainError('not_found', 'This person has no avatar.');
  }
  return { contentType: found.avatarContentType, data: Buffer.from(found.avatar), etag: found.avatarEtag };
}
