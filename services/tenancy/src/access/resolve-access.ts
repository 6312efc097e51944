import { DomainError } from '@atrium/errors';
import { isAgencyRole, permissionsOf, type AgencyPermission, type AgencyRole } from '../domain/permissions';
import type { Agency } from '../generated/prisma/client';
import type { Db, Tx } from '../store/db';
import { findMemberWithAgency } from '../store/members';

export interface Access {
  agency: Agency;
  agencyId: string;
  userId: string;
  role: AgencyRole;
  permissions: readonly AgencyPermission[];
}

/**
 * What `userId` may do in `agencyId`. Someone who is not a member gets
 * not_found, never forbidden, so an agency's existence does not leak.
 */
export async function resolveAccess(db: Db | Tx, agencyId: string, userId: string): Promise<Access> {
  const member = await findMemberWithAgency(db, agencyId, userId);
  if (!member || !isAgencyRole(member.role)) throw new DomainError('not_found', 'No such agency.');
  return {
    agency: member.agency,
    agencyId,
    userId,
    role: member.role,
    permissions: permissionsOf(member.role),
  };
}

export function requirePermission(access: Access, permission: AgencyPermission): void {
  if (!access.permissions.includes(permission)) {
    throw new DomainError('forbidden', `This action needs the ${permission} permission.`);
  }
}
