import {
  AGENCY_PERMISSION_DESCRIPTIONS,
  AGENCY_PERMISSIONS,
  AGENCY_ROLE_DESCRIPTIONS,
  AGENCY_ROLES,
  AGENCY_USER_CLIENT_PERMISSIONS,
  CLIENT_PERMISSION_DESCRIPTIONS,
  CLIENT_PERMISSIONS,
  CLIENT_ROLE_DESCRIPTIONS,
  CLIENT_ROLES,
  clientPermissionsOf,
  permissionsOf,
} from '../domain/permissions';

export interface PermissionCatalogue {
  agencyPermissions: Array<{ name: string; description: string }>;
  clientPermissions: Array<{ name: string; description: string }>;
  agencyRoles: Array<{ name: string; description: string; permissions: string[] }>;
  clientRoles: Array<{ name: string; description: string; permissions: string[] }>;
  agencyUserClientPermissions: string[];
}

/** The catalogue of docs/product.md "People, roles and permissions", straight from the data tenancy authorises with. */
export function getPermissionCatalogue(): PermissionCatalogue {
  return {
    agencyPermissions: AGENCY_PERMISSIONS.map((name) => ({
      name,
      description: AGENCY_PERMISSION_DESCRIPTIONS[name],
    })),
    clientPermissions: CLIENT_PERMISSIONS.map((name) => ({
      name,
      description: CLIENT_PERMISSION_DESCRIPTIONS[name],
    })),
    agencyRoles: AGENCY_ROLES.map((name) => ({
      name,
      description: AGENCY_ROLE_DESCRIPTIONS[name],
      permissions: [...permissionsOf(name)],
    })),
    clientRoles: CLIENT_ROLES.map((name) => ({
      name,
      description: CLIENT_ROLE_DESCRIPTIONS[name],
      permissions: [...clientPermissionsOf(name)],
    })),
    agencyUserClientPermissions: [...AGENCY_USER_CLIENT_PERMISSIONS],
  };
}
