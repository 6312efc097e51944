import { request, startStubbedGateway, type StubbedGateway } from './support/gateway';
import { accessToken } from './support/tokens';

let platform: StubbedGateway;

beforeAll(async () => {
  platform = await startStubbedGateway();
});

afterAll(() => platform.stop());

function backendCalls(): number {
  return (['GetUser', 'GetJwks', 'VerifyApiKey'] as const)
    .map((name) => platform.identity.calls(name).length)
    .reduce((sum, count) => sum + count, platform.tenancy.calls('GetAccess').length);
}

test('a warm GET /v1/me makes no backend call', async () => {
  const token = await accessToken(platform.key, { sub: 'user-hot' });
  const cold = await request(`${platform.gateway.url}/v1/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(cold.status).toBe(200);
  const afterCold = backendCalls();
  expect(afterCold).toBeGreaterThan(0);
  for (let i = 0; i < 3; i += 1) {
    const warm = await request(`${platform.gateway.url}/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(warm.status).toBe(200);
    expect(warm.body).toEqual(cold.body);
  }
  expect(backendCalls()).toBe(afterCold);
});

test('profiles are cached per person: another user is asked for', async () => {
  const first = await accessToken(platform.key, { sub: 'user-a' });
  const second = await accessToken(platform.key, { sub: 'user-b' });
  await request(`${platform.gateway.url}/v1/me`, { headers: { authorization: `Bearer ${first}` } });
  const answer = await request(`${platform.gateway.url}/v1/me`, {
    headers: { authorization: `Bearer ${second}` },
  });
  expect(answer.body).toMatchObject({ user: { id: 'user-b' } });
  expect(platform.identity.calls('GetUser').at(-1)?.request).toEqual({ userId: 'user-b' });
  expect(platform.identity.calls('GetUser').at(-1)?.call.actor).toMatchObject({ userId: 'user-b' });
});
