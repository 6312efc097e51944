import { DomainError } from '@atrium/errors';
import {
  AGENCY_ROLE_DESCRIPTIONS,
  AGENCY_ROLES,
  customRolePermissions,
  permissionsOf,
} from '../domain/permissions';
import { isUuid } from '../domain/ids';
import { lockRoleForAssignment, lockRoleForUpdate, type AgencyRole } from '../store/roles';
import type { Tx } from '../store/transaction';

/** A role as ListAgencyRoles and the role RPCs answer it. */
export interface AgencyRoleView {
  /** The custom role's id, or the built-in role's name. */
  id: string;
  name: string;
  description: string;
  permissions: readonly string[];
  builtIn: boolean;
  memberCount: number;
  createdAt: Date | null;
  updatedAt: Date | null;
}

export const BUILT_IN_ROLES: readonly AgencyRoleView[] = AGENCY_ROLES.map((role) => ({
  id: role,
  name: role,
  description: AGENCY_ROLE_DESCRIPTIONS[role],
  permissions: permissionsOf(role),
  builtIn: true,
  memberCount: 0,
  createdAt: null,
  updatedAt: null,
}));

export function customRoleView(role: AgencyRole, memberCount: number): AgencyRoleView {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    permissions: customRolePermissions(role.permissions),
    builtIn: false,
    memberCount,
    createdAt: role.createdAt,
    updatedAt: role.updatedAt,
  };
}

/**
 * A custom role of the transaction's agency to change, locked until the transaction ends so a
 * concurrent assignment or deletion waits. A built-in role's name answers conflict: those are rules
 * in code, not rows.
 */
export async function findCustomRoleForUpdate(tx: Tx, agencyId: string, roleId: string): Promise<AgencyRole> {
  if ((AGENCY_ROLES as readonly string[]).includes(roleId)) {
    throw new DomainError('conflict', 'Built-in roles cannot be changed or deleted.', {
      fields: [{ field: 'roleId', message: 'is a built-in role' }],
    });
  }
  const role = isUuid(roleId) ? await lockRoleForUpdate(tx, agencyId, roleId) : null;
  if (!role) throw new DomainError('not_found', 'No such role.');
  return role;
}

/** A custom role of the agency to give a member (a key share lock keeps it from being deleted meanwhile). */
export async function findAssignableRole(tx: Tx, agencyId: string, roleId: string): Promise<AgencyRole> {
  const role = isUuid(roleId) ? await lockRoleForAssignment(tx, agencyId, roleId) : null;
  if (!role) {
    throw new DomainError('validation_failed', 'The agency has no such custom role.', {
      fields: [{ field: 'roleId', message: 'is not a custom role of this agency' }],
    });
  }
  return role;
}

/** The unique index on (agency_id, lower(name)) said no. */
export function nameTaken(): DomainError {
  return new DomainError('conflict', 'The agency already has a role of this name.', {
    fields: [{ field: 'name', message: 'is taken by another role of this agency' }],
  });
}
