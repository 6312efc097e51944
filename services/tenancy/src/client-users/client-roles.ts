import {
  clientPermissionsOf,
  isClientRole,
  type ClientPermission,
  type ClientRole,
} from '../domain/permissions';

/** A person's role in one client account and what it allows there, as GetAccess answers it. */
export interface ClientRoleGrant {
  clientId: string;
  role: ClientRole;
  permissions: readonly ClientPermission[];
}

/** The client roles member_access found, with their permissions; a role the code does not know grants nothing. */
export function clientRoleGrants(rows: ReadonlyArray<{ clientId: string; role: string }>): ClientRoleGrant[] {
  return rows.flatMap(({ clientId, role }) =>
    isClientRole(role) ? [{ clientId, role, permissions: clientPermissionsOf(role) }] : [],
  );
}
