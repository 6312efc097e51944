import { BUILT_IN_AGENCY_ROLES, CLIENT_ROLES } from '@atrium/proto';

/**
 * Agency roles and the permissions they hold (docs/product.md "People, roles and permissions"). The single source of
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

/** What each agency permission allows, as docs/product.md "People, roles and permissions" words it; web clients show it next to the name. */
export const AGENCY_PERMISSION_DESCRIPTIONS: Record<AgencyPermission, string> = {
  'clients:read_all': 'See and enter every client, not only own and team ones',
  'clients:create': 'Create clients (subject to the plan limit)',
  'clients:update': 'Edit clients and their settings, deactivate and reactivate them',
  'clients:delete': 'Delete inactive clients, clean prospect databases',
  'clients:manage_team': "Set a client's team",
  'organization:manage': 'Edit the agency profile, branding and custom fields',
  'members:manage': 'Invite and remove agency users, assign roles, manage custom roles',
  'billing:manage': 'Agency payment method, buy and distribute credits, client prices and limits',
  'billing:read': 'See agency billing, invoices and the credit ledger',
};

/** The built-in agency roles are a closed set of the protos (tenancy.proto's BuiltInAgencyRole). */
export const AGENCY_ROLES = BUILT_IN_AGENCY_ROLES;
export type AgencyRole = (typeof AGENCY_ROLES)[number];

/** What each built-in agency role is for. */
export const AGENCY_ROLE_DESCRIPTIONS: Record<AgencyRole, string> = {
  owner: 'Everything, including transferring ownership; one per agency',
  admin: 'Everything but transferring ownership',
  member: 'Reaches only the clients it owns or is on the team of; cannot create or delete clients',
};

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

export function isAgencyPermission(value: string): value is AgencyPermission {
  return (AGENCY_PERMISSIONS as readonly string[]).includes(value);
}

/** The permissions of a custom role as stored, in catalogue order, dropping names the catalogue lost. */
export function customRolePermissions(stored: readonly string[]): readonly AgencyPermission[] {
  return AGENCY_PERMISSIONS.filter((permission) => stored.includes(permission));
}

/**
 * Client permissions (docs/product.md "Client roles"): what a person may do inside one client account.
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

export const CLIENT_PERMISSION_DESCRIPTIONS: Record<ClientPermission, string> = {
  'templates:write': 'Create, edit and delete templates',
  'lists:write': 'Create, append to and delete lists and prospects',
  'field_mappings:write': 'Manage field mappings for imports',
  'campaigns:write': 'Create, edit and delete campaigns',
  'goals:write': 'Manage goals',
  'campaign_settings:write': 'Change campaign settings',
  'campaign_status:toggle': 'Toggle mail status and online tracking status; start, pause and stop campaigns',
  'users:manage': "Manage the account's users",
  'plan:change': 'Change the plan',
  'credits:manage': 'Manage credits',
  'invoices:read': 'See monthly invoices and pay-as-you-go orders',
  'payment_methods:manage': 'Manage payment methods',
};

/** The client roles are a closed set of the protos (tenancy.proto's ClientRole). */
export { CLIENT_ROLES };
export type ClientRole = (typeof CLIENT_ROLES)[number];

export const CLIENT_ROLE_DESCRIPTIONS: Record<ClientRole, string> = {
  primary: 'Full control of the client account; exactly one per account',
  administrator: 'Everything but users, plan, credits, invoices and payment methods',
  designer: 'Reads everything and writes templates',
  read_only: 'Reads everything in the account',
};

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

/** An agency user inside a client it may enter holds every client permission (docs/product.md "People, roles and permissions"). */
export const AGENCY_USER_CLIENT_PERMISSIONS: readonly ClientPermission[] = CLIENT_PERMISSIONS;
