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

/**
 * Client permissions (SPEC §4, "Client roles"): what a person may do inside one client account.
 * Reading everything in the account is implied by any role and is not listed.
 */
export const CLIENT_PERMISSIONS = [
  'templates:write',
  'lists:write',
  'field_mappings:write',
  'campaigns:write',
  'goals:write',
  'campaign_settings:write',
  'campaign_status:toggle',
  'users:manage',
  'plan:change',
  'credits:manage',
  'invoices:read',
  'payment_methods:manage',
] as const;

export type ClientPermission = (typeof CLIENT_PERMISSIONS)[number];

export const CLIENT_ROLES = ['primary', 'administrator', 'designer', 'read_only'] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];

const ADMINISTRATOR: readonly ClientPermission[] = [
  'templates:write',
  'lists:write',
  'field_mappings:write',
  'campaigns:write',
  'goals:write',
  'campaign_settings:write',
  'campaign_status:toggle',
];

const CLIENT_ROLE_PERMISSIONS: Record<ClientRole, readonly ClientPermission[]> = {
  // Only the primary manages the account's users, plan, credits, invoices and payment methods.
  primary: CLIENT_PERMISSIONS,
  administrator: ADMINISTRATOR,
  designer: ['templates:write'],
  read_only: [],
};

export function clientPermissionsOf(role: ClientRole): readonly ClientPermission[] {
  return CLIENT_ROLE_PERMISSIONS[role];
}

export function isClientRole(value: string): value is ClientRole {
  return (CLIENT_ROLES as readonly string[]).includes(value);
}

/** An agency user inside a client it may enter holds every client permission (SPEC §4). */
export const AGENCY_USER_CLIENT_PERMISSIONS: readonly ClientPermission[] = CLIENT_PERMISSIONS;
