import { randomBytes } from 'node:crypto';
import { platformForTests, type Answer } from './platform';
import {
  agencyFixture,
  createClient,
  expectStatus,
  joinAsMember,
  type AgencyFixture,
  type ClientOfAgency,
  type ClientRole,
  type Person,
} from './fixture';

// One representative route per permission through the real gateway, identity and tenancy:
// a member whose custom role holds only that permission gets through, and a member whose role holds
// every permission but that one is refused — 403, or 404 where the rule is "may not enter the client".
// Client users are checked by role the same way, and so are API keys. The role × permission matrix
// itself is unit-tested cell by cell in tenancy's own permissions unit test.
jest.setTimeout(180_000);

const e2e = platformForTests();
const { call } = e2e;

// docs/product.md "People, roles and permissions" written out, not read from the code under test.
const AGENCY_PERMISSIONS = [
  'clients:read_all',
  'clients:create',
  'clients:update',
  'clients:delete',
  'clients:manage_team',
  'organization:manage',
  'members:manage',
  'billing:manage',
  'billing:read',
];

const CLIENT_ROLE_PERMISSIONS: Record<string, string[]> = {
  primary: [
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
  ],
  administrator: [
    'templates:write',
    'lists:write',
    'field_mappings:write',
    'campaigns:write',
    'goals:write',
    'campaign_settings:write',
    'campaign_status:toggle',
  ],
  designer: ['templates:write'],
  read_only: [],
};

/** `only`: a custom role holding just the permission; `allBut`: one holding every other permission. */
type Holding = 'only' | 'allBut';
const HOLDINGS: Holding[] = ['only', 'allBut'];

/**
 * A route that needs `permission`. `client` is the client it acts on, one per member the owner sets up:
 * `team` (the member is on its team, so entering is not what is tested), `inactive` (the same, but
 * deactivated) or `foreign` (owned by the agency owner, the member on no team).
 */
interface RouteCase {
  permission: string;
  route: string;
  client?: 'team' | 'inactive' | 'foreign';
  send(actor: Person, client: ClientOfAgency, holding: Holding): Promise<Answer>;
  granted: number;
  refused: { status: 403; code: 'forbidden' } | { status: 404; code: 'not_found' };
}

/** What a route that acts on no client is given; it does not look at it. */
const NO_CLIENT: ClientOfAgency = { id: '', name: '' };
const FORBIDDEN = { status: 403, code: 'forbidden' } as const;
const NOT_FOUND = { status: 404, code: 'not_found' } as const;
const suffix = randomBytes(3).toString('hex');

const ROUTES: RouteCase[] = [
  {
    permission: 'clients:read_all',
    route: 'GET /v1/clients/{id} of a client the caller neither owns nor is on the team of',
    client: 'foreign',
    send: ({ accessToken: token }, client) => call('GET', `/v1/clients/${client.id}`, { token }),
    granted: 200,
    refused: NOT_FOUND,
  },
  {
    permission: 'clients:read_all',
    route: 'GET /v1/clients/{id}/team of a client the caller neither owns nor is on the team of',
    client: 'foreign',
    send: ({ accessToken: token }, client) => call('GET', `/v1/clients/${client.id}/team`, { token }),
    granted: 200,
    refused: NOT_FOUND,
  },
  {
    permission: 'clients:create',
    route: 'POST /v1/clients',
    send: ({ accessToken: token }, _client, holding) =>
      call('POST', '/v1/clients', { token, body: { name: `Created by ${holding} ${suffix}` } }),
    granted: 201,
    refused: FORBIDDEN,
  },
  {
    permission: 'clients:update',
    route: 'PATCH /v1/clients/{id} of a team client',
    client: 'team',
    send: ({ accessToken: token }, client) =>
      call('PATCH', `/v1/clients/${client.id}`, { token, body: { description: 'Edited by its team' } }),
    granted: 200,
    refused: FORBIDDEN,
  },
  {
    permission: 'clients:update',
    route: 'POST /v1/clients/{id}/deactivate of a team client',
    client: 'team',
    send: ({ accessToken: token }, client) => call('POST', `/v1/clients/${client.id}/deactivate`, { token }),
    granted: 200,
    refused: FORBIDDEN,
  },
  {
    permission: 'clients:delete',
    route: 'DELETE /v1/clients/{id} of an inactive team client, confirmed by its name',
    client: 'inactive',
    send: ({ accessToken: token }, client) =>
      call('DELETE', `/v1/clients/${client.id}`, { token, body: { confirm: client.name } }),
    granted: 202,
    refused: FORBIDDEN,
  },
  {
    permission: 'clients:delete',
    route: 'POST /v1/clients/{id}/prospects/cleanup of a team client',
    client: 'team',
    send: ({ accessToken: token }, client) =>
      call('POST', `/v1/clients/${client.id}/prospects/cleanup`, { token, body: { mode: 'all' } }),
    granted: 202,
    refused: FORBIDDEN,
  },
  {
    permission: 'clients:manage_team',
    route: 'PUT /v1/clients/{id}/team of a team client, keeping its owner',
    client: 'team',
    send: ({ accessToken: token, user }, client) =>
      call('PUT', `/v1/clients/${client.id}/team`, {
        token,
        body: { ownerId: owner.user.id, memberIds: [user.id, owner.user.id] },
      }),
    granted: 200,
    refused: FORBIDDEN,
  },
  {
    permission: 'organization:manage',
    route: 'PATCH /v1/agency',
    send: ({ accessToken: token }) =>
      call('PATCH', '/v1/agency', { token, body: { timeZone: 'Europe/Lisbon' } }),
    granted: 200,
    refused: FORBIDDEN,
  },
  {
    permission: 'organization:manage',
    route: 'PUT /v1/agency/custom-fields/{key}',
    send: ({ accessToken: token }, _client, holding) =>
      call('PUT', `/v1/agency/custom-fields/crm_${holding.toLowerCase()}`, {
        token,
        body: { label: 'CRM id' },
      }),
    granted: 200,
    refused: FORBIDDEN,
  },
  {
    permission: 'members:manage',
    route: 'POST /v1/agency/members',
    send: ({ accessToken: token }, _client, holding) =>
      call('POST', '/v1/agency/members', {
        token,
        body: { email: `invitee-${holding}-${suffix}@lighthouse.test`, name: 'Ivo Invitee', role: 'member' },
      }),
    granted: 201,
    refused: FORBIDDEN,
  },
  {
    permission: 'members:manage',
    route: 'POST /v1/agency/roles',
    send: ({ accessToken: token }, _client, holding) =>
      call('POST', '/v1/agency/roles', { token, body: { name: `Made by ${holding}`, permissions: [] } }),
    granted: 201,
    refused: FORBIDDEN,
  },
  // Billing checks these itself, on the agency permissions the gateway resolved for the route.
  {
    permission: 'billing:read',
    route: 'GET /v1/agency/credits',
    send: ({ accessToken: token }) => call('GET', '/v1/agency/credits', { token }),
    granted: 200,
    refused: FORBIDDEN,
  },
  {
    permission: 'billing:manage',
    route: 'PUT /v1/agency/payment-method',
    send: ({ accessToken: token }) =>
      call('PUT', '/v1/agency/payment-method', { token, body: { token: 'pm_card_visa' } }),
    granted: 200,
    refused: FORBIDDEN,
  },
  {
    permission: 'billing:manage',
    route: 'PUT /v1/clients/{id}/payment-method of a team client (every client permission, but not this)',
    client: 'team',
    send: ({ accessToken: token }, client) =>
      call('PUT', `/v1/clients/${client.id}/payment-method`, { token, body: { token: 'pm_card_visa' } }),
    granted: 200,
    refused: FORBIDDEN,
  },
];

let lighthouse: AgencyFixture;
let owner: Person;
/** The members, by `${permission}/${holding}`. */
const members = new Map<string, Person>();
/** The clients each route case acts on, by `${route}/${holding}`. */
const fixtures = new Map<string, ClientOfAgency>();

/** Creates a custom role and brings in a member holding it, through the invitation email's token. */
async function memberWithRole(permission: string, holding: Holding): Promise<Person> {
  const permissions =
    holding === 'only' ? [permission] : AGENCY_PERMISSIONS.filter((other) => other !== permission);
  const role = await expectStatus(
    call('POST', '/v1/agency/roles', {
      token: owner.accessToken,
      body: { name: `${holding === 'only' ? 'Only' : 'All but'} ${permission}`, permissions },
    }),
    201,
    `the role ${holding} ${permission}`,
  );
  return joinAsMember(e2e.platform, lighthouse, { name: `Member ${permission} ${holding}`, roleId: role.id });
}

/** A client of the agency owner for one route case and one member. */
async function clientFor(routeCase: RouteCase, holding: Holding, index: number): Promise<ClientOfAgency> {
  const client = await createClient(e2e.platform, lighthouse, {
    name: `Client ${index} ${holding} ${suffix}`,
  });
  if (routeCase.client !== 'foreign') {
    const member = members.get(`${routeCase.permission}/${holding}`)!;
    await expectStatus(
      call('PUT', `/v1/clients/${client.id}/team`, {
        token: owner.accessToken,
        body: { ownerId: owner.user.id, memberIds: [member.user.id] },
      }),
      200,
      `the team of ${client.name}`,
    );
  }
  if (routeCase.client === 'inactive')
    await expectStatus(
      call('POST', `/v1/clients/${client.id}/deactivate`, { token: owner.accessToken }),
      200,
      `deactivating ${client.name}`,
    );
  return client;
}

// The members and clients do not wait on one another: each is set up at the same time as the rest.
beforeAll(async () => {
  lighthouse = await agencyFixture(e2e.platform, { label: 'lighthouse' });
  owner = lighthouse.owner;
  const holdings = AGENCY_PERMISSIONS.flatMap((permission) =>
    HOLDINGS.map((holding) => ({ permission, holding })),
  );
  await Promise.all(
    holdings.map(async ({ permission, holding }) =>
      members.set(`${permission}/${holding}`, await memberWithRole(permission, holding)),
    ),
  );
  await Promise.all(
    [...ROUTES.entries()].flatMap(([index, routeCase]) =>
      routeCase.client
        ? HOLDINGS.map(async (holding) =>
            fixtures.set(`${routeCase.route}/${holding}`, await clientFor(routeCase, holding, index)),
          )
        : [],
    ),
  );
});

describe('agency permissions, each through a custom role', () => {
  it('every permission of the catalogue is covered by a route here', async () => {
    const catalogue = await call('GET', '/v1/permissions', { token: owner.accessToken });
    expect(catalogue.status).toBe(200);
    const names = catalogue.body.agencyPermissions.map((permission: { name: string }) => permission.name);
    expect(names).toEqual(AGENCY_PERMISSIONS);
    const covered = new Set(ROUTES.map((routeCase) => routeCase.permission));
    expect([...covered].sort()).toEqual([...names].sort());
  });

  it.each(AGENCY_PERMISSIONS)(
    'the members set up for %s hold exactly what their roles say',
    async (permission) => {
      const only = await call('GET', '/v1/me', { token: members.get(`${permission}/only`)!.accessToken });
      expect(only.body).toMatchObject({ role: 'custom', customRole: { name: `Only ${permission}` } });
      expect(only.body.permissions).toEqual([permission]);
      const allBut = await call('GET', '/v1/me', { token: members.get(`${permission}/allBut`)!.accessToken });
      expect(allBut.body).toMatchObject({ role: 'custom', customRole: { name: `All but ${permission}` } });
      expect(allBut.body.permissions).toEqual(AGENCY_PERMISSIONS.filter((other) => other !== permission));
    },
  );

  describe.each(ROUTES)('$permission: $route', (routeCase) => {
    const send = (holding: Holding) =>
      routeCase.send(
        members.get(`${routeCase.permission}/${holding}`)!,
        routeCase.client ? fixtures.get(`${routeCase.route}/${holding}`)! : NO_CLIENT,
        holding,
      );

    it(`answers ${routeCase.granted} to a member holding only that permission`, async () => {
      const answer = await send('only');
      // The body is in the comparison so that a failure shows the problem tenancy answered.
      expect({ status: answer.status, body: answer.body }).toEqual({
        status: routeCase.granted,
        body: expect.not.objectContaining({ code: expect.any(String) }),
      });
    });

    it(`answers ${routeCase.refused.status} to a member holding every permission but that one`, async () => {
      const answer = await send('allBut');
      expect(answer.body).toMatchObject(routeCase.refused);
    });
  });

  it('GET /v1/clients lists a client the caller neither owns nor is on the team of only with clients:read_all', async () => {
    const foreign = ROUTES.find((routeCase) => routeCase.client === 'foreign')!;
    const ids = async (holding: Holding) => {
      const answer = await call('GET', '/v1/clients?limit=100', {
        token: members.get(`clients:read_all/${holding}`)!.accessToken,
      });
      expect(answer.status).toBe(200);
      return answer.body.items.map((item: { id: string }) => item.id);
    };
    const foreignId = fixtures.get(`${foreign.route}/only`)!.id;
    expect(await ids('only')).toContain(foreignId);
    expect(await ids('allBut')).not.toContain(foreignId);
  });
});

describe('client permissions, each through a client user of that role', () => {
  // users:manage, payment_methods:manage and reading guard routes so far. templates:write, lists:write,
  // field_mappings:write, campaigns:write, goals:write, campaign_settings:write and campaign_status:toggle
  // wait for the campaigns service's routes, plan:change, credits:manage and invoices:read for billing's;
  // until then each role's GET /v1/me shows that it holds exactly its row of the matrix in docs/product.md.
  const ROLES = Object.keys(CLIENT_ROLE_PERMISSIONS) as ClientRole[];
  let clientId: string;
  let otherClientId: string;

  beforeAll(async () => {
    clientId = lighthouse.client.id;
    otherClientId = (await createClient(e2e.platform, lighthouse, { name: `Fabrikam ${suffix}` })).id;
  });

  it('the catalogue gives each client role exactly its row of the client-role matrix, and agency users every permission', async () => {
    const catalogue = (await call('GET', '/v1/permissions', { token: owner.accessToken })).body;
    expect(
      Object.fromEntries(
        catalogue.clientRoles.map((role: { name: string; permissions: string[] }) => [
          role.name,
          role.permissions,
        ]),
      ),
    ).toEqual(CLIENT_ROLE_PERMISSIONS);
    expect(catalogue.agencyUserClientPermissions).toEqual(CLIENT_ROLE_PERMISSIONS.primary);
  });

  it.each(ROLES)(
    'the %s holds exactly its row of the client-role matrix in that client, and no agency permission',
    async (role) => {
      const me = await call('GET', '/v1/me', { token: lighthouse.clientUsers[role].accessToken });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ role: 'client_user', permissions: [] });
      expect(me.body.clients).toEqual([{ clientId, role, permissions: CLIENT_ROLE_PERMISSIONS[role] }]);
    },
  );

  it.each(ROLES)(
    'the %s reads its own client, and another client of the agency answers 404',
    async (role) => {
      const token = lighthouse.clientUsers[role].accessToken;
      const own = await call('GET', `/v1/clients/${clientId}`, { token });
      expect([own.status, own.body.id]).toEqual([200, clientId]);
      const userList = await call('GET', `/v1/clients/${clientId}/users`, { token });
      expect(userList.status).toBe(200);
      const other = await call('GET', `/v1/clients/${otherClientId}`, { token });
      expect(other.body).toMatchObject(NOT_FOUND);
    },
  );

  it.each([
    ['primary', 201],
    ['administrator', 403],
    ['designer', 403],
    ['read_only', 403],
  ] as const)('users:manage — POST /v1/clients/{id}/users by the %s answers %i', async (role, status) => {
    const answer = await call('POST', `/v1/clients/${clientId}/users`, {
      token: lighthouse.clientUsers[role].accessToken,
      body: {
        name: 'Nia New',
        email: `new-by-${role.replace('_', '-')}-${suffix}@dental.test`,
        role: 'read_only',
      },
    });
    expect(answer.status).toBe(status);
    if (status === 403) expect(answer.body.code).toBe('forbidden');
    else expect(answer.body).toMatchObject({ clientId, role: 'read_only', status: 'invited' });
  });
});

describe("payment_methods:manage — the client's card, through a client user of each role", () => {
  it.each([
    ['primary', 200],
    ['administrator', 403],
    ['designer', 403],
    ['read_only', 403],
  ] as const)('PUT /v1/clients/{id}/payment-method by the %s answers %i', async (role, status) => {
    const answer = await call('PUT', `/v1/clients/${lighthouse.client.id}/payment-method`, {
      token: lighthouse.clientUsers[role].accessToken,
      body: { token: 'pm_card_visa' },
    });
    expect(answer.status).toBe(status);
    if (status === 403) expect(answer.body.code).toBe('forbidden');
    else expect(answer.body).toMatchObject({ brand: 'visa', status: 'active' });
  });
});

describe('agency API keys act with exactly the permissions they were given', () => {
  const keys = new Map<Holding, string>();

  beforeAll(async () => {
    for (const holding of HOLDINGS) {
      const permissions =
        holding === 'only'
          ? ['clients:create']
          : AGENCY_PERMISSIONS.filter((permission) => permission !== 'clients:create');
      const key = await expectStatus(
        call('POST', '/v1/agency/api-keys', {
          token: owner.accessToken,
          body: { name: `Key ${holding}`, permissions },
        }),
        201,
        `the ${holding} key`,
      );
      keys.set(holding, key.secret);
    }
  });

  it('a key with only clients:create creates a client, and may not change the agency', async () => {
    const token = keys.get('only')!;
    const createdClient = await call('POST', '/v1/clients', {
      token,
      body: { name: `Made by a key ${suffix}`, ownerId: owner.user.id },
    });
    expect(createdClient.status).toBe(201);
    expect(createdClient.body.ownerId).toBe(owner.user.id);
    const agency = await call('PATCH', '/v1/agency', { token, body: { timeZone: 'Europe/Berlin' } });
    expect(agency.body).toMatchObject(FORBIDDEN);
  });

  it('a key with every permission but clients:create changes the agency, and may not create a client', async () => {
    const token = keys.get('allBut')!;
    const refused = await call('POST', '/v1/clients', {
      token,
      body: { name: `Refused key client ${suffix}`, ownerId: owner.user.id },
    });
    expect(refused.body).toMatchObject(FORBIDDEN);
    const agency = await call('PATCH', '/v1/agency', { token, body: { timeZone: 'Europe/Berlin' } });
    expect(agency.status).toBe(200);
    expect(agency.body.timeZone).toBe('Europe/Berlin');
  });
});
