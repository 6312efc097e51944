import { request, startStubbedGateway, type StubbedGateway, fieldsOf } from './support/gateway';
import {
  API_KEY_SECRET,
  CLIENT_ID,
  CLIENT_OWNER_ID,
  MEMBER_ID,
  MEMBER_USER_ID,
  OWNER_ID,
  UNKNOWN_ID,
} from './support/stubs';
import { accessToken } from './support/tokens';

let platform: StubbedGateway;
let url: string;
let auth: Record<string, string>;
const withKey = { authorization: `Bearer ${API_KEY_SECRET}` };

beforeAll(async () => {
  platform = await startStubbedGateway();
  url = platform.gateway.url;
  auth = { authorization: `Bearer ${await accessToken(platform.key)}` };
});

afterAll(() => platform.stop());

describe('the permission catalogue', () => {
  test('any authenticated caller gets it, asked of tenancy once and then remembered', async () => {
    const first = await request(`${url}/v1/permissions`, { headers: auth });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      agencyPermissions: [{ name: 'clients:create', description: 'Create clients' }],
      clientPermissions: [{ name: 'campaigns:write', description: 'Create, edit and delete campaigns' }],
      agencyRoles: [{ name: 'owner', description: 'Everything', permissions: ['clients:create'] }],
      clientRoles: [{ name: 'primary', description: 'Full control', permissions: ['campaigns:write'] }],
      agencyUserClientPermissions: ['campaigns:write'],
    });
    const byKey = await request(`${url}/v1/permissions`, { headers: withKey });
    expect(byKey.status).toBe(200);
    expect(platform.tenancy.calls('GetPermissionCatalogue')).toHaveLength(1);
  });

  test('an anonymous caller gets 401', async () => {
    expect((await request(`${url}/v1/permissions`)).status).toBe(401);
  });
});

describe('the agency', () => {
  test('GET /v1/agency answers the agency with empty branding fields as null', async () => {
    const answer = await request(`${url}/v1/agency`, { headers: auth });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      id: 'agency-1',
      name: 'Northwind',
      createdAt: '2026-01-01T00:00:00.000Z',
      displayName: 'Northwind Marketing',
      logoUrl: null,
      primaryColor: '#1a73e8',
      supportEmail: null,
      loginSlug: 'northwind',
      clientLoginUrl: 'https://app.atrium.example/login/northwind',
      contactEmail: null,
      phone: null,
      address: { street: null, city: null, postalCode: null, country: null },
      currency: 'USD',
      timeZone: 'UTC',
    });
    expect(platform.tenancy.calls('GetAgency').at(-1)?.call.actor).toMatchObject({
      userId: 'user-1',
      agencyId: 'agency-1',
    });
  });

  test('PATCH sends only the fields given, normalised, with null as a clearing empty string', async () => {
    const answer = await request(`${url}/v1/agency`, {
      method: 'PATCH',
      headers: auth,
      body: { primaryColor: '#AABBCC', loginSlug: ' North-Wind ', displayName: null },
    });
    expect(answer.status).toBe(200);
    const sent = platform.tenancy.calls('UpdateAgency').at(-1)?.request;
    expect(sent).toMatchObject({ primaryColor: '#aabbcc', loginSlug: 'north-wind', displayName: '' });
    expect(sent?.name).toBeUndefined();
    expect(sent?.logoUrl).toBeUndefined();
    expect(answer.body).toMatchObject({
      primaryColor: '#aabbcc',
      loginSlug: 'north-wind',
      displayName: null,
    });
  });

  test('PATCH forwards the profile: the address field by field, null as a clearing empty string', async () => {
    const answer = await request(`${url}/v1/agency`, {
      method: 'PATCH',
      headers: auth,
      body: {
        contactEmail: ' Office@Northwind.Example',
        phone: null,
        currency: 'eur',
        address: { country: 'de', city: null },
      },
    });
    expect(answer.status).toBe(200);
    const sent = platform.tenancy.calls('UpdateAgency').at(-1)?.request;
    expect(sent).toMatchObject({
      contactEmail: 'office@northwind.example',
      phone: '',
      currency: 'EUR',
      address: { country: 'DE', city: '' },
    });
    expect(sent?.address?.street).toBeUndefined();
    expect(sent?.timeZone).toBeUndefined();
    const bad = await request(`${url}/v1/agency`, {
      method: 'PATCH',
      headers: auth,
      body: {
        contactEmail: 'nope',
        currency: 'euro',
        timeZone: '',
        address: { country: 'Germany', planet: 'Earth' },
      },
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual([
      'address.country',
      'address.planet',
      'contactEmail',
      'currency',
      'timeZone',
    ]);
  });

  test('bad values are each named, and an empty change is refused', async () => {
    const answer = await request(`${url}/v1/agency`, {
      method: 'PATCH',
      headers: auth,
      body: {
        name: 'N',
        logoUrl: 'http://insecure.example/logo.png',
        primaryColor: 'blue',
        supportEmail: 'not an email',
        loginSlug: '-x',
        theme: 'dark',
      },
    });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual([
      'loginSlug',
      'logoUrl',
      'name',
      'primaryColor',
      'supportEmail',
      'theme',
    ]);
    const empty = await request(`${url}/v1/agency`, { method: 'PATCH', headers: auth, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'validation_failed', fields: [{ field: 'body' }] });
  });

  test("a slug another agency has answers 409 naming loginSlug; a reserved one 400 with tenancy's words", async () => {
    const taken = await request(`${url}/v1/agency`, {
      method: 'PATCH',
      headers: auth,
      body: { loginSlug: 'taken' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'conflict', fields: [{ field: 'loginSlug' }] });
    const reserved = await request(`${url}/v1/agency`, {
      method: 'PATCH',
      headers: auth,
      body: { loginSlug: 'admin' },
    });
    expect(reserved.status).toBe(400);
    expect(reserved.body).toMatchObject({
      fields: [{ field: 'loginSlug', message: 'is a reserved word' }],
    });
  });

  test('an API key without organization:manage gets 403 from tenancy', async () => {
    const answer = await request(`${url}/v1/agency`, {
      method: 'PATCH',
      headers: withKey,
      body: { name: 'Southwind' },
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'forbidden' });
  });

  test('the home page answers the counts and the client login URL', async () => {
    const answer = await request(`${url}/v1/agency/home`, { headers: auth });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      agency: { id: 'agency-1' },
      activeClients: 7,
      inactiveClients: 2,
      members: 3,
      planClientLimit: 10,
      clientLoginUrl: expect.stringContaining('/login/'),
    });
  });
});

describe('public branding', () => {
  test('is served without authentication, cacheable for a minute', async () => {
    const answer = await request(`${url}/v1/public/branding/Northwind`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=60');
    expect(answer.body).toEqual({
      displayName: 'Northwind Marketing',
      logoUrl: null,
      primaryColor: '#1a73e8',
      supportEmail: 'help@northwind.example',
      loginSlug: 'northwind',
      clientLoginUrl: 'https://app.atrium.example/login/northwind',
    });
    expect(platform.tenancy.calls('GetPublicBranding').at(-1)?.call.actor).toBeUndefined();
  });

  test('an unknown slug answers 404 and a malformed one 400 naming slug, without asking tenancy', async () => {
    expect((await request(`${url}/v1/public/branding/southwind`)).status).toBe(404);
    const asked = platform.tenancy.calls('GetPublicBranding').length;
    const malformed = await request(`${url}/v1/public/branding/a_b`);
    expect(malformed.status).toBe(400);
    expect(fieldsOf(malformed.body)).toEqual(['slug']);
    expect(platform.tenancy.calls('GetPublicBranding')).toHaveLength(asked);
  });
});

describe('custom fields', () => {
  test('are listed', async () => {
    const answer = await request(`${url}/v1/agency/custom-fields`, { headers: auth });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      items: [{ key: 'crm_id', label: 'CRM id', createdAt: '2026-01-03T00:00:00.000Z' }],
    });
  });

  test('PUT defines one by key with its trimmed label', async () => {
    const answer = await request(`${url}/v1/agency/custom-fields/crm_id`, {
      method: 'PUT',
      headers: auth,
      body: { label: ' CRM id ' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ key: 'crm_id', label: 'CRM id' });
    expect(platform.tenancy.calls('SaveCustomField').at(-1)?.request).toEqual({
      key: 'crm_id',
      label: 'CRM id',
    });
  });

  test('a malformed key and an empty label are named; the 51st field answers 409', async () => {
    const badKey = await request(`${url}/v1/agency/custom-fields/CRM-id`, {
      method: 'PUT',
      headers: auth,
      body: { label: 'CRM id' },
    });
    expect(badKey.status).toBe(400);
    expect(fieldsOf(badKey.body)).toEqual(['key']);
    const badLabel = await request(`${url}/v1/agency/custom-fields/crm_id`, {
      method: 'PUT',
      headers: auth,
      body: { label: ' ' },
    });
    expect(badLabel.status).toBe(400);
    expect(fieldsOf(badLabel.body)).toEqual(['label']);
    const full = await request(`${url}/v1/agency/custom-fields/extra`, {
      method: 'PUT',
      headers: auth,
      body: { label: 'One too many' },
    });
    expect(full.status).toBe(409);
  });

  test('DELETE answers 204, and 404 for a key the agency does not have', async () => {
    const deleted = await request(`${url}/v1/agency/custom-fields/crm_id`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(deleted.status).toBe(204);
    const missing = await request(`${url}/v1/agency/custom-fields/nothing`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(missing.status).toBe(404);
  });
});

describe('members', () => {
  test('are listed a page at a time', async () => {
    const answer = await request(`${url}/v1/agency/members?limit=2`, { headers: auth });
    expect(answer.status).toBe(200);
    expect(platform.tenancy.calls('ListMembers').at(-1)?.request).toEqual({ limit: 2, cursor: '' });
    expect(answer.body).toEqual({
      items: [
        {
          userId: OWNER_ID,
          name: 'Ada',
          email: 'ada@example.com',
          role: 'owner',
          customRole: null,
          joinedAt: '2026-01-02T00:00:00.000Z',
        },
        expect.objectContaining({ userId: MEMBER_ID, role: 'member' }),
      ],
      nextCursor: expect.stringMatching(/^cursor-m\./),
    });
    const { nextCursor } = answer.body as { nextCursor: string };
    await request(`${url}/v1/agency/members?limit=2&cursor=${nextCursor}`, { headers: auth });
    expect(platform.tenancy.calls('ListMembers').at(-1)?.request).toEqual({ limit: 2, cursor: 'cursor-m' });
    const last = await request(`${url}/v1/agency/members`, { headers: auth });
    expect(last.body).toMatchObject({ nextCursor: null });
    expect(platform.tenancy.calls('ListMembers').at(-1)?.request).toEqual({ limit: 25, cursor: '' });
  });

  test("PATCH changes a member's role; an unknown role and a malformed id are named", async () => {
    const changed = await request(`${url}/v1/agency/members/${MEMBER_ID}`, {
      method: 'PATCH',
      headers: auth,
      body: { role: 'admin' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ userId: MEMBER_ID, role: 'admin' });
    expect(platform.tenancy.calls('ChangeMemberRole').at(-1)?.request).toEqual({
      userId: MEMBER_ID,
      role: 'admin',
      roleId: '',
    });
    const customRoleId = 'a0a0a0a0-0000-4000-8000-0000000000c1';
    const custom = await request(`${url}/v1/agency/members/${MEMBER_ID}`, {
      method: 'PATCH',
      headers: auth,
      body: { roleId: customRoleId },
    });
    expect(custom.status).toBe(200);
    expect(custom.body).toMatchObject({ role: 'custom', customRole: { id: customRoleId, name: 'Sales' } });
    expect(platform.tenancy.calls('ChangeMemberRole').at(-1)?.request).toEqual({
      userId: MEMBER_ID,
      role: '',
      roleId: customRoleId,
    });
    for (const body of [{}, { role: 'admin', roleId: customRoleId }]) {
      const neither = await request(`${url}/v1/agency/members/${MEMBER_ID}`, {
        method: 'PATCH',
        headers: auth,
        body,
      });
      expect(neither.status).toBe(400);
      expect(fieldsOf(neither.body)).toEqual(['role']);
    }
    const badRole = await request(`${url}/v1/agency/members/${MEMBER_ID}`, {
      method: 'PATCH',
      headers: auth,
      body: { role: 'owner' },
    });
    expect(badRole.status).toBe(400);
    expect(fieldsOf(badRole.body)).toEqual(['role']);
    const badId = await request(`${url}/v1/agency/members/not-an-id`, {
      method: 'PATCH',
      headers: auth,
      body: { role: 'admin' },
    });
    expect(badId.status).toBe(400);
    expect(fieldsOf(badId.body)).toEqual(['userId']);
  });

  test("the owner's role answers 409 naming userId; an unknown member 404", async () => {
    const owner = await request(`${url}/v1/agency/members/${OWNER_ID}`, {
      method: 'PATCH',
      headers: auth,
      body: { role: 'member' },
    });
    expect(owner.status).toBe(409);
    expect(owner.body).toMatchObject({ code: 'conflict', fields: [{ field: 'userId' }] });
    const unknown = await request(`${url}/v1/agency/members/${UNKNOWN_ID}`, {
      method: 'PATCH',
      headers: auth,
      body: { role: 'member' },
    });
    expect(unknown.status).toBe(404);
  });

  test('removing a member who owns clients needs transferClientsTo, passed in the query', async () => {
    const refused = await request(`${url}/v1/agency/members/${CLIENT_OWNER_ID}`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ fields: [{ field: 'transferClientsTo' }] });
    const removed = await request(
      `${url}/v1/agency/members/${CLIENT_OWNER_ID}?transferClientsTo=${MEMBER_ID}`,
      {
        method: 'DELETE',
        headers: auth,
      },
    );
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ transferredClientIds: [CLIENT_ID] });
    expect(platform.tenancy.calls('RemoveMember').at(-1)?.request).toEqual({
      userId: CLIENT_OWNER_ID,
      transferClientsTo: MEMBER_ID,
    });
  });

  test('a malformed transferClientsTo is named; an API key without members:manage gets 403', async () => {
    const bad = await request(`${url}/v1/agency/members/${MEMBER_ID}?transferClientsTo=bo`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['transferClientsTo']);
    const byKey = await request(`${url}/v1/agency/members/${MEMBER_ID}`, {
      method: 'DELETE',
      headers: withKey,
    });
    expect(byKey.status).toBe(403);
  });

  test('the owner transfers ownership and becomes an admin', async () => {
    const answer = await request(`${url}/v1/agency/ownership`, {
      headers: auth,
      body: { newOwnerId: MEMBER_ID },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      previousOwner: { role: 'admin' },
      newOwner: { userId: MEMBER_ID, role: 'owner' },
    });
  });

  test('anyone but the owner gets 403, an API key without asking tenancy, a bad id 400', async () => {
    const member = await accessToken(platform.key, { sub: MEMBER_USER_ID });
    const notOwner = await request(`${url}/v1/agency/ownership`, {
      headers: { authorization: `Bearer ${member}` },
      body: { newOwnerId: MEMBER_ID },
    });
    expect(notOwner.status).toBe(403);
    const asked = platform.tenancy.calls('TransferOwnership').length;
    const byKey = await request(`${url}/v1/agency/ownership`, {
      headers: withKey,
      body: { newOwnerId: MEMBER_ID },
    });
    expect(byKey.status).toBe(403);
    expect(platform.tenancy.calls('TransferOwnership')).toHaveLength(asked);
    const bad = await request(`${url}/v1/agency/ownership`, { headers: auth, body: { newOwnerId: 'bo' } });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['newOwnerId']);
  });
});
