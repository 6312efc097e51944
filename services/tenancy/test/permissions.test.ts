import {
  AGENCY_PERMISSIONS,
  AGENCY_ROLES,
  AGENCY_USER_CLIENT_PERMISSIONS,
  CLIENT_PERMISSIONS,
  CLIENT_ROLES,
  clientPermissionsOf,
  isClientRole,
  permissionsOf,
  type AgencyPermission,
  type AgencyRole,
  type ClientPermission,
  type ClientRole,
} from '../src/domain/permissions';

// The matrices of SPEC §4 written out cell by cell, independently of the code's data, so every
// role × permission pair is checked.
const AGENCY_MATRIX: Record<AgencyPermission, Record<AgencyRole, boolean>> = {
  'clients:read_all': { owner: true, admin: true, member: false },
  'clients:create': { owner: true, admin: true, member: false },
  'clients:update': { owner: true, admin: true, member: false },
  'clients:delete': { owner: true, admin: true, member: false },
  'clients:manage_team': { owner: true, admin: true, member: false },
  'organization:manage': { owner: true, admin: true, member: false },
  'members:manage': { owner: true, admin: true, member: false },
  'billing:manage': { owner: true, admin: true, member: false },
  'billing:read': { owner: true, admin: true, member: false },
};

const CLIENT_MATRIX: Record<ClientPermission, Record<ClientRole, boolean>> = {
  'templates:write': { primary: true, administrator: true, designer: true, read_only: false },
  'lists:write': { primary: true, administrator: true, designer: false, read_only: false },
  'field_mappings:write': { primary: true, administrator: true, designer: false, read_only: false },
  'campaigns:write': { primary: true, administrator: true, designer: false, read_only: false },
  'goals:write': { primary: true, administrator: true, designer: false, read_only: false },
  'campaign_settings:write': { primary: true, administrator: true, designer: false, read_only: false },
  'campaign_status:toggle': { primary: true, administrator: true, designer: false, read_only: false },
  'users:manage': { primary: true, administrator: false, designer: false, read_only: false },
  'plan:change': { primary: true, administrator: false, designer: false, read_only: false },
  'credits:manage': { primary: true, administrator: false, designer: false, read_only: false },
  'invoices:read': { primary: true, administrator: false, designer: false, read_only: false },
  'payment_methods:manage': { primary: true, administrator: false, designer: false, read_only: false },
};

describe('agency roles × permissions (SPEC §4)', () => {
  it('covers exactly the catalogue', () => {
    expect(Object.keys(AGENCY_MATRIX).sort()).toEqual([...AGENCY_PERMISSIONS].sort());
  });

  const cells = AGENCY_ROLES.flatMap((role) =>
    AGENCY_PERMISSIONS.map((permission) => [role, permission, AGENCY_MATRIX[permission][role]] as const),
  );
  it.each(cells)('%s holds %s: %s', (role, permission, expected) => {
    expect(permissionsOf(role).includes(permission)).toBe(expected);
  });
});

describe('client roles × permissions (SPEC §4)', () => {
  it('covers exactly the catalogue', () => {
    expect(Object.keys(CLIENT_MATRIX).sort()).toEqual([...CLIENT_PERMISSIONS].sort());
  });

  const cells = CLIENT_ROLES.flatMap((role) =>
    CLIENT_PERMISSIONS.map((permission) => [role, permission, CLIENT_MATRIX[permission][role]] as const),
  );
  it.each(cells)('%s holds %s: %s', (role, permission, expected) => {
    expect(clientPermissionsOf(role).includes(permission)).toBe(expected);
  });

  it('gives an agency user inside a client every client permission', () => {
    expect([...AGENCY_USER_CLIENT_PERMISSIONS].sort()).toEqual([...CLIENT_PERMISSIONS].sort());
  });

  it('knows only the four client roles', () => {
    expect(CLIENT_ROLES.filter(isClientRole)).toHaveLength(4);
    expect(isClientRole('owner')).toBe(false);
  });
});
