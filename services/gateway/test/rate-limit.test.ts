import { request, startStubbedGateway, type StubbedGateway } from './support/gateway';

let platform: StubbedGateway;
let direct: StubbedGateway;

beforeAll(async () => {
  // As behind an ingress on loopback, whose X-Forwarded-For names the caller.
  platform = await startStubbedGateway({ LOGIN_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'loopback' });
  // As configured by default: no proxy is trusted.
  direct = await startStubbedGateway({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
});

afterAll(() => Promise.all([platform.stop(), direct.stop()]));

test('by default a spoofed X-Forwarded-For changes nothing: every guess counts against the real address', async () => {
  const body = { email: 'ada@example.com', password: 'wrong password' };
  for (let i = 0; i < 3; i += 1) {
    const allowed = await request(`${direct.gateway.url}/v1/auth/login`, {
      body,
      headers: { 'x-forwarded-for': `198.51.100.${i + 10}` },
    });
    expect(allowed.status).not.toBe(429);
  }
  const refused = await request(`${direct.gateway.url}/v1/auth/login`, {
    body,
    headers: { 'x-forwarded-for': '198.51.100.99' },
  });
  expect(refused.status).toBe(429);
  expect(direct.identity.calls('Login').every((call) => call.request.ip === '127.0.0.1')).toBe(true);
});

const LIMITED: [string, unknown][] = [
  ['/v1/auth/login', { email: 'ada@example.com', password: 'wrong password' }],
  [
    '/v1/auth/signup',
    { agencyName: 'Northwind', name: 'Ada', email: 'ada@example.com', password: 'a long password' },
  ],
  ['/v1/auth/refresh', { refreshToken: 'refresh-token' }],
  ['/v1/auth/password-reset', { email: 'ada@example.com' }],
  ['/v1/auth/password-reset/confirm', { token: 'reset-token', password: 'a long password' }],
  ['/v1/invitations/accept', { token: 'invitation-token' }],
];

test.each(LIMITED)(
  'POST %s answers 429 rate_limited with Retry-After past the limit per address',
  async (path, body) => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const address = '198.51.100.1';
    for (let i = 0; i < 3; i += 1) {
      const allowed = await request(`${platform.gateway.url}${path}`, { body, headers: from(address) });
      expect(allowed.status).not.toBe(429);
    }
    const refused = await request(`${platform.gateway.url}${path}`, { body, headers: from(address) });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);

    const elsewhere = await request(`${platform.gateway.url}${path}`, { body, headers: from('192.0.2.200') });
    expect(elsewhere.status).not.toBe(429);
  },
);

test('the limit is per route: an address that used up login may still refresh', async () => {
  const headers = { 'x-forwarded-for': '203.0.113.77' };
  for (let i = 0; i < 4; i += 1) {
    await request(`${platform.gateway.url}/v1/auth/login`, {
      body: { email: 'ada@example.com', password: 'wrong password' },
      headers,
    });
  }
  const refresh = await request(`${platform.gateway.url}/v1/auth/refresh`, {
    body: { refreshToken: 'refresh-token' },
    headers,
  });
  expect(refresh.status).toBe(200);
});

test('a refused attempt does not reach identity', async () => {
  const headers = { 'x-forwarded-for': '203.0.113.78' };
  const logins = platform.identity.logins;
  for (let i = 0; i < 3; i += 1) {
    await request(`${platform.gateway.url}/v1/auth/login`, {
      body: { email: 'ada@example.com', password: 'wrong password' },
      headers,
    });
  }
  const before = logins.length;
  const refused = await request(`${platform.gateway.url}/v1/auth/login`, {
    body: { email: 'ada@example.com', password: 'right password' },
    headers,
  });
  expect(refused.status).toBe(429);
  expect(logins).toHaveLength(before);
});
