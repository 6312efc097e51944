import { request, startStubbedGateway, type StubbedGateway } from './support/gateway';
import { API_KEY_ID, API_KEY_SECRET, apiKey, UNKNOWN_ID } from './support/stubs';
import { accessToken } from './support/tokens';

let platform: StubbedGateway;
let url: string;
let token: string;

const keyJson = {
  id: API_KEY_ID,
  agencyId: 'agency-1',
  name: 'Credit distribution',
  prefix: 'atr_k3yS3cr3',
  permissions: ['clients:read_all', 'clients:create'],
  createdByUserId: 'user-1',
  createdAt: '2026-02-01T10:00:00.000Z',
  lastUsedAt: null,
};

function withKey(secret = API_KEY_SECRET): Record<string, string> {
  return { authorization: `Bearer ${secret}` };
}

beforeAll(async () => {
  platform = await startStubbedGateway();
  url = platform.gateway.url;
  token = await accessToken(platform.key);
});

afterAll(() => platform.stop());

describe('managing API keys', () => {
  test('creating one answers 201 with the key and its secret, once', async () => {
    const answer = await request(`${url}/v1/agency/api-keys`, {
      headers: { authorization: `Bearer ${token}` },
      body: { name: ' Credit distribution ', permissions: ['clients:read_all', 'clients:create'] },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ apiKey: keyJson, secret: API_KEY_SECRET });
    expect(platform.identity.calls('CreateApiKey').at(-1)?.request).toEqual({
      name: 'Credit distribution',
      permissions: ['clients:read_all', 'clients:create'],
    });
  });

  test('unknown, repeated or missing permissions are named', async () => {
    const unknown = await request(`${url}/v1/agency/api-keys`, {
      headers: { authorization: `Bearer ${token}` },
      body: { name: 'Key', permissions: ['clients:read_all', 'everything'] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ fields: [{ field: 'permissions.1' }] });
    const repeated = await request(`${url}/v1/agency/api-keys`, {
      headers: { authorization: `Bearer ${token}` },
      body: { name: 'Key', permissions: ['billing:read', 'billing:read'] },
    });
    expect(repeated.status).toBe(400);
    expect(repeated.body).toMatchObject({ fields: [{ field: 'permissions' }] });
    const missing = await request(`${url}/v1/agency/api-keys`, {
      headers: { authorization: `Bearer ${token}` },
      body: { name: '' },
    });
    expect(missing.status).toBe(400);
    expect((missing.body as { fields: { field: string }[] }).fields.map((f) => f.field).sort()).toEqual([
      'name',
      'permissions',
    ]);
  });

  test('an empty permission list is for identity to judge, after it checks who asks', async () => {
    const answer = await request(`${url}/v1/agency/api-keys`, {
      headers: { authorization: `Bearer ${token}` },
      body: { name: 'Nothing yet', permissions: [] },
    });
    expect(answer.status).toBe(201);
    expect(platform.identity.calls('CreateApiKey').at(-1)?.request).toEqual({
      name: 'Nothing yet',
      permissions: [],
    });
  });

  test("a permission the caller may not give answers identity's 403", async () => {
    const answer = await request(`${url}/v1/agency/api-keys`, {
      headers: { authorization: `Bearer ${token}` },
      body: { name: 'Billing', permissions: ['billing:manage'] },
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'forbidden' });
  });

  test('listing answers the keys without secrets', async () => {
    const answer = await request(`${url}/v1/agency/api-keys`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ items: [keyJson] });
  });

  test('revoking answers 204; an unknown key 404 and a malformed id 400', async () => {
    const revoked = await request(`${url}/v1/agency/api-keys/${API_KEY_ID}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(204);
    expect(platform.identity.calls('RevokeApiKey').at(-1)?.request).toEqual({ apiKeyId: API_KEY_ID });
    const unknown = await request(`${url}/v1/agency/api-keys/${UNKNOWN_ID}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(unknown.status).toBe(404);
    const malformed = await request(`${url}/v1/agency/api-keys/key-1`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ fields: [{ field: 'id' }] });
  });
});

describe('calling with an API key', () => {
  test('the agency acts through the key: the backend sees the key and exactly its permissions', async () => {
    const answer = await request(`${url}/v1/clients`, { headers: withKey(), body: { name: 'Contoso' } });
    expect(answer.status).toBe(201);
    expect(platform.identity.calls('VerifyApiKey').at(-1)?.request).toEqual({ secret: API_KEY_SECRET });
    expect(platform.tenancy.creations.at(-1)?.call.actor).toEqual({
      userId: API_KEY_ID,
      apiKeyId: API_KEY_ID,
      agencyId: 'agency-1',
      apiKeyPermissions: apiKey.permissions,
    });
  });

  test('an agency invitation may be sent with a key', async () => {
    const answer = await request(`${url}/v1/agency/members`, {
      headers: withKey(),
      body: { email: 'grace@example.com', name: 'Grace', role: 'member' },
    });
    expect(answer.status).toBe(201);
    expect(platform.tenancy.calls('InviteAgencyMember').at(-1)?.call.actor).toMatchObject({
      apiKeyId: API_KEY_ID,
    });
  });

  test('an unknown key answers 401', async () => {
    const answer = await request(`${url}/v1/clients`, { headers: withKey('atr_unknownsecret') });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    expect(answer.body).toMatchObject({ code: 'unauthenticated' });
  });

  test.each([
    ['GET', '/v1/me', undefined],
    ['PATCH', '/v1/me', { name: 'Robot' }],
    ['DELETE', '/v1/me/avatar', undefined],
    ['GET', '/v1/me/sessions', undefined],
    ['DELETE', `/v1/me/sessions/${UNKNOWN_ID}`, undefined],
    ['POST', '/v1/me/password', { currentPassword: 'a', newPassword: 'b' }],
    ['POST', '/v1/auth/logout', undefined],
    ['GET', '/v1/agency/api-keys', undefined],
    ['POST', '/v1/agency/api-keys', { name: 'Child', permissions: ['billing:read'] }],
    ['DELETE', `/v1/agency/api-keys/${API_KEY_ID}`, undefined],
    ['GET', '/v1/notifications', undefined],
    ['GET', '/v1/notifications/unread-count', undefined],
    ['POST', `/v1/notifications/${UNKNOWN_ID}/read`, undefined],
    ['POST', '/v1/notifications/read-all', undefined],
    ['GET', '/v1/notifications/deliveries', undefined],
    ['GET', '/v1/notifications/stream', undefined],
  ])("%s %s needs a person's access token: 403 for a key", async (method, path, body) => {
    const answer = await request(`${url}${path}`, { method, headers: withKey(), body });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'forbidden', detail: expect.stringContaining("person's") });
  });

  test('an avatar upload with a key is refused before the image is read', async () => {
    const answer = await request(`${url}/v1/me/avatar`, {
      method: 'PUT',
      headers: { ...withKey(), 'content-type': 'image/gif' },
      body: Buffer.from('GIF89a'),
    });
    expect(answer.status).toBe(403);
  });

  test("identity's answer is reused for the same key, and a revocation on this replica forgets it", async () => {
    const verifications = platform.identity.calls('VerifyApiKey');
    await request(`${url}/v1/clients`, { headers: withKey() });
    const before = verifications.length;
    await request(`${url}/v1/clients`, { headers: withKey() });
    await request(`${url}/v1/clients`, { headers: withKey() });
    expect(verifications).toHaveLength(before);

    platform.identity.revokedSecrets.add(API_KEY_SECRET);
    const revoked = await request(`${url}/v1/agency/api-keys/${API_KEY_ID}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(204);
    const refused = await request(`${url}/v1/clients`, { headers: withKey() });
    expect(refused.status).toBe(401);
    platform.identity.revokedSecrets.delete(API_KEY_SECRET);
  });
});
