import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import type { Db } from '../store/db';
import { resolveAccess } from './resolve-access';

/** GetAccess: a person may ask only about themselves. */
export async function getAccess(db: Db, actor: Actor | undefined, userId: string, agencyId: string) {
  if (!actor || actor.userId !== userId) throw new DomainError('not_found', 'No such agency.');
  const access = await resolveAccess(db, agencyId, userId);
  return { agency: access.agency, access };
}
