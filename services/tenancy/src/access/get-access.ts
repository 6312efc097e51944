import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { clientRoleGrants, type ClientRoleGrant } from '../client-users/client-roles';
import { findMemberAccess } from '../store/members';
import type { Db } from '../store/transaction';
import { accessOfMember, NO_AGENCY, type Access } from './resolve-access';

/**
 * What GetAccess answers: an agency member's access, or for a person who is only a user of client
 * accounts the role `client_user` with no agency permission; either way with the person's client roles.
 */
export type PersonAccess = (Access | (Omit<Access, 'role'> & { role: 'client_user' })) & {
  clients: ClientRoleGrant[];
};

/** GetAccess: a person may ask only about themselves. The gateway's hot path: one statement. */
export async function getAccess(
  db: Db,
  actor: Actor | undefined,
  userId: string,
  agencyId: string,
): Promise<PersonAccess> {
  if (!actor || actor.userId !== userId) throw new DomainError('not_found', NO_AGENCY);
  const member = await findMemberAccess(db, agencyId, userId);
  if (!member) throw new DomainError('not_found', NO_AGENCY);
  const clients = clientRoleGrants(member.clientRoles);
  if (member.role === 'client_user')
    return { agency: member.agency, agencyId, userId, role: 'client_user', permissions: [], clients };
  return { ...accessOfMember(member, agencyId, userId), clients };
}
