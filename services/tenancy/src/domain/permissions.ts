/**
 * Agency roles and the permissions they hold (SPEC §4). The single source of
 * truth: the gateway and web clients read it through GetAccess.
 */
export const AGENCY_PERMISSIONS = [
  'clients:read_all',
  'clients:create',
  'clients:update',
  'clients:delete',
  'clients:manage_team',
  'organization:manage',
  'members:manage',
  'billing:manage',
  'billing:read',
] as const;

export type AgencyPermission = (typeof AGENCY_PERMISSIONS)[number];

export const AGENCY_ROLES = ['owner', 'admin', 'member'] as const;
export type AgencyRole = (typeof AGENCY_ROLES)[number];

const ROLE_PERMISSIONS: Record<AgencyRole, readonly AgencyPermission[]> = {
  // The owner also transfers ownership; that is a rule on the role, not a grantable permission.
  owner: AGENCY_PERMISSIONS,
  admin: AGENCY_PERMISSIONS,
  // Members reach only the clients they own or are on the team of.
  member: [],
};

export function permissionsOf(role: AgencyRole): readonly AgencyPermission[] {
  return ROLE_PERMISSIONS[role];
}

export function isAgencyRole(value: string): value is AgencyRole {
  return (AGENCY_ROLES as readonly string[]).includes(value);
}
