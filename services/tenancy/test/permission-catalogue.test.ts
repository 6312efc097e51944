import { AGENCY_PERMISSIONS, CLIENT_PERMISSIONS } from '../src/domain/permissions';
import { startHarness, type Harness } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_catalogue');
});

afterAll(async () => {
  await harness?.stop();
});

describe('the permission catalogue', () => {
  it('answers without an actor: every permission described, every built-in role with what it holds', async () => {
    const catalogue = await harness.client.GetPermissionCatalogue({});
    expect(catalogue.agencyPermissions.map((permission) => permission.name)).toEqual([...AGENCY_PERMISSIONS]);
    expect(catalogue.clientPermissions.map((permission) => permission.name)).toEqual([...CLIENT_PERMISSIONS]);
    for (const permission of [...catalogue.agencyPermissions, ...catalogue.clientPermissions])
      expect(permission.description.length).toBeGreaterThan(10);

    const agencyRoles = Object.fromEntries(
      catalogue.agencyRoles.map((role) => [role.name, role.permissions]),
    );
    expect(agencyRoles).toEqual({
      owner: [...AGENCY_PERMISSIONS],
      admin: [...AGENCY_PERMISSIONS],
      member: [],
    });
    const clientRoles = Object.fromEntries(
      catalogue.clientRoles.map((role) => [role.name, role.permissions]),
    );
    expect(Object.keys(clientRoles)).toEqual(['primary', 'administrator', 'designer', 'read_only']);
    expect(clientRoles.primary).toEqual([...CLIENT_PERMISSIONS]);
    expect(clientRoles.designer).toEqual(['templates:write']);
    expect(clientRoles.read_only).toEqual([]);
    expect(clientRoles.administrator).not.toContain('users:manage');
    expect(clientRoles.administrator).toContain('campaign_status:toggle');
    expect(catalogue.agencyUserClientPermissions).toEqual([...CLIENT_PERMISSIONS]);
  });
});
