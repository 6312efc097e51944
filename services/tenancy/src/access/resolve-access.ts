import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import {
  AGENCY_PERMISSIONS,
  customRolePermissions,
  isAgencyRole,
  permissionsOf,
  type AgencyPermission,
  type AgencyRole,
} from '../domain/permissions';
import { isUuid } from '../domain/ids';
import { findAgency, type AgencyRecord } from '../store/agencies';
import { findMemberWithAgency, type CustomRoleGrant } from '../store/members';
import type { Tx } from '../store/transaction';

export interface Access {
  agency: AgencyRecord;
  agencyId: string;
  userId: string;
  /**
   * A built-in agency role; `custom` for a member holding a custom role (named in customRole); or
   * `api_key` when an agency API key calls with the permissions it was given.
   */
  role: AgencyRole | 'custom' | 'api_key';
  /** The custom role a `custom` member holds. */
  customRole?: { id: string; name: string };
  permissions: readonly AgencyPermission[];
}

export const NO_AGENCY = 'No such agency.';

/**
 * What a membership's role allows: a built-in role's permissions, or those its custom role holds now
 * (so an edited role takes effect with the next call). Null for a row naming neither: no access.
 */
export function permissionsOfMember(member: {
  role: string;
  customRole: Pick<CustomRoleGrant, 'permissions'> | null;
}): readonly AgencyPermission[] | null {
  if (member.role === 'custom' && member.customRole)
    return customRolePermissions(member.customRole.permissions);
  return isAgencyRole(member.role) ? permissionsOf(member.role) : null;
}

/** A membership's access (permissionsOfMember); a row naming no role answers not_found. */
export function accessOfMember(
  member: { role: string; agency: AgencyRecord; customRole: CustomRoleGrant | null },
  agencyId: string,
  userId: string,
): Access {
  const permissions = permissionsOfMember(member);
  if (permissions !== null && member.role === 'custom' && member.customRole) {
    return {
      agency: member.agency,
      agencyId,
      userId,
      role: 'custom',
      customRole: { id: member.customRole.id, name: member.customRole.name },
      permissions,
    };
  }
  if (permissions === null || !isAgencyRole(member.role)) throw new DomainError('not_found', NO_AGENCY);
  return { agency: member.agency, agencyId, userId, role: member.role, permissions };
}

/**
 * What `userId` may do in `agencyId`, inside a transaction of that agency. Someone who is not a member
 * gets not_found, never forbidden, so an agency's existence does not leak.
 */
export async function resolveAccess(tx: Tx, agencyId: string, userId: string): Promise<Access> {
  const member = isUuid(userId) ? await findMemberWithAgency(tx, agencyId, userId) : null;
  if (!member) throw new DomainError('not_found', NO_AGENCY);
  return accessOfMember(member, agencyId, userId);
}

/**
 * What the acting person or API key may do in its agency. An API key holds exactly the catalogue
 * permissions identity gave it (the gateway puts them on the actor after verifying the key); it is
 * never a member, so it owns no clients and is on no team.
 */
export async function resolveActorAccess(tx: Tx, actor: Actor & { agencyId: string }): Promise<Access> {
  if (!actor.apiKeyId) return resolveAccess(tx, actor.agencyId, actor.userId);
  const agency = await findAgency(tx, actor.agencyId);
  if (!agency) throw new DomainError('not_found', NO_AGENCY);
  const granted = new Set(actor.apiKeyPermissions ?? []);
  return {
    agency,
    agencyId: agency.id,
    userId: actor.userId,
    role: 'api_key',
    permissions: AGENCY_PERMISSIONS.filter((permission) => granted.has(permission)),
  };
}

export function requirePermission(access: Access, permission: AgencyPermission): void {
  if (!access.permissions.includes(permission)) {
    throw new DomainError('forbidden', `This action needs the ${permission} permission.`);
  }
}

/**
 * No one hands out or takes away more than they hold: the permissions of a role being given (or of a
 * member being changed or removed) must all be the caller's own. Without this, members:manage alone
 * would let a custom-role holder make themselves admin, or demote the admins. Owners and admins hold
 * every permission, so nothing changes for them.
 */
export function requireHeldByCaller(access: Access, permissions: readonly string[], what: string): void {
  const held = new Set<string>(access.permissions);
  const missing = permissions.filter((permission) => !held.has(permission));
  if (missing.length > 0) {
    throw new DomainError(
      'forbidden',
      `${what} carries permissions you do not hold yourself: ${missing.join(', ')}.`,
    );
  }
}

/** What a member's role lets them do: a built-in role's permissions or their custom role's. */
export function memberPermissions(member: {
  role: string;
  customRole: { permissions: readonly string[] } | null;
}): readonly string[] {
  if (member.customRole) return customRolePermissions(member.customRole.permissions);
  return isAgencyRole(member.role) ? permissionsOf(member.role) : [];
}
