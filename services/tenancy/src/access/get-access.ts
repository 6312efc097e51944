import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { isAgencyRole, permissionsOf } from '../domain/permissions';
import type { Db } from '../store/db';
import { findMemberAccess } from '../store/members';
import { NO_AGENCY, type Access } from './resolve-access';

/** GetAccess: a person may ask only about themselves. The gateway's hot path: one statement. */
export async function getAccess(
  db: Db,
  actor: Actor | undefined,
  userId: string,
  agencyId: string,
): Promise<Access> {
  if (!actor || actor.userId !== userId) throw new DomainError('not_found', NO_AGENCY);
  const member = await findMemberAccess(db, agencyId, userId);
  if (!member || !isAgencyRole(member.role)) throw new DomainError('not_found', NO_AGENCY);
  return {
    agency: member.agency,
    agencyId,
    userId,
    role: member.role,
    permissions: permissionsOf(member.role),
  };
}
