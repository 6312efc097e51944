import { DomainError } from '@atrium/errors';
import { accessOfMember } from '../src/access/resolve-access';
import {
  AGENCY_PERMISSIONS,
  AGENCY_ROLES,
  AGENCY_USER_CLIENT_PERMISSIONS,
  CLIENT_PERMISSIONS,
  CLIENT_ROLES,
  clientPermissionsOf,
  customRolePermissions,
  isClientRole,
  permissionsOf,
  type AgencyPermission,
  type AgencyRole,
  type ClientPermission,
  type ClientRole,
} from '../src/domain/permissions';
import type { AgencyRecord } from '../src/store/agencies';

// The matrices of docs/product.md "People, roles and permissions" written out cell by cell, independently of the code's data, so every
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

describe('agency roles × permissions (docs/product.md "People, roles and permissions")', () => {
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

describe('client roles × permissions (docs/product.md "People, roles and permissions")', () => {
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

describe('custom agency roles (docs/product.md "People, roles and permissions": any set of agency permissions)', () => {
  const agency = { id: '5b0f5d8e-4f8a-4f43-9d43-2f7c3a1f0a11', name: 'Lighthouse' } as AgencyRecord;
  const userId = '0e6f3a52-61a4-4c1e-a0a9-6b1b8f2d2c77';
  // The catalogue as the table above lists it, not as the code under test does.
  const catalogue = Object.keys(AGENCY_MATRIX) as AgencyPermission[];

  function holderOf(permissions: string[]) {
    return accessOfMember(
      { role: 'custom', agency, customRole: { id: 'role-1', name: 'Custom', permissions } },
      agency.id,
      userId,
    );
  }

  const sets: Array<[string, AgencyPermission[]]> = [
    ['no permission', []],
    ['every permission', catalogue],
    ...catalogue.map((permission): [string, AgencyPermission[]] => [`only ${permission}`, [permission]]),
    ...catalogue.map((permission): [string, AgencyPermission[]] => [
      `every permission but ${permission}`,
      catalogue.filter((other) => other !== permission),
    ]),
  ];
  it.each(sets)('a role with %s gives its holder exactly that set', (_name, permissions) => {
    const access = holderOf([...permissions].reverse());
    expect(access).toMatchObject({ role: 'custom', customRole: { id: 'role-1', name: 'Custom' } });
    expect([...access.permissions].sort()).toEqual([...permissions].sort());
  });

  it('keeps catalogue order and drops repeated names and names the catalogue no longer has', () => {
    expect(customRolePermissions(['billing:read', 'magic:cast', 'clients:create', 'billing:read'])).toEqual([
      'clients:create',
      'billing:read',
    ]);
    expect(holderOf(['owner', 'clients:read_all ']).permissions).toEqual([]);
  });

  it('gives nothing to a custom membership whose role is gone: the agency answers not found', () => {
    const orphan = () => accessOfMember({ role: 'custom', agency, customRole: null }, agency.id, userId);
    expect(orphan).toThrow(DomainError);
    expect(orphan).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('gives a built-in role name stored on a membership exactly that role’s permissions', () => {
    expect(accessOfMember({ role: 'member', agency, customRole: null }, agency.id, userId)).toMatchObject({
      role: 'member',
      permissions: [],
    });
    expect(
      [...accessOfMember({ role: 'admin', agency, customRole: null }, agency.id, userId).permissions].sort(),
    ).toEqual([...catalogue].sort());
  });
});
