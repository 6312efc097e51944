import { MULTI_LINE, multiLinePaths, unsafeTextProblems } from '../src/http/input-safety';
import { originMatcher } from '../src/http/security';
import { z } from '../src/openapi/zod';
import { fieldsOf, request, startStubbedGateway, type StubbedGateway } from './support/gateway';
import { accessToken } from './support/tokens';

const ORIGINS = 'https://app.atrium.example, https://*.agency.example';

let platform: StubbedGateway;
let plain: StubbedGateway;
let token: string;

beforeAll(async () => {
  platform = await startStubbedGateway({ CORS_ALLOWED_ORIGINS: ORIGINS, HSTS_MAX_AGE_SECONDS: '31536000' });
  plain = await startStubbedGateway();
  token = await accessToken(platform.key, { sid: 'session-1' });
});

afterAll(() => Promise.all([platform.stop(), plain.stop()]));

const authorized = (extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

describe('headers', () => {
  test('an authenticated answer is never cached and reads as data, not a page', async () => {
    const answer = await request(`${platform.gateway.url}/v1/me`, { headers: authorized() });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  test('answers carrying tokens and problem answers are not cached either', async () => {
    const login = await request(`${platform.gateway.url}/v1/auth/login`, {
      body: { email: 'ada@example.com', password: 'correct horse battery staple' },
    });
    expect(login.headers.get('cache-control')).toBe('no-store');
    const missing = await request(`${platform.gateway.url}/v1/nothing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });

  test('Strict-Transport-Security is sent only when configured', async () => {
    const withTls = await request(`${platform.gateway.url}/healthz`);
    expect(withTls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const without = await request(`${plain.gateway.url}/healthz`);
    expect(without.headers.get('strict-transport-security')).toBeNull();
  });

  test('/docs is a page with its own scripts only, framed by no one', async () => {
    const answer = await fetch(`${platform.gateway.url}/docs/`);
    expect(answer.status).toBe(200);
    const policy = answer.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/v1/clients`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, idempotency-key, last-event-id, content-type',
      },
    });

  test.each(['https://app.atrium.example', 'https://northwind.agency.example'])(
    'a preflight from the allowed origin %s answers 204 with what the API takes',
    async (origin) => {
      const answer = await preflight(platform.gateway.url, origin);
      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(answer.headers.get('access-control-allow-methods')).toBe('GET,POST,PUT,PATCH,DELETE');
      const allowed = (answer.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(',');
      expect(allowed).toEqual(expect.arrayContaining(['authorization', 'idempotency-key', 'last-event-id']));
      expect(answer.headers.get('access-control-max-age')).toBe('600');
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    },
  );

  test.each(['https://evil.example', 'https://agency.example', 'http://northwind.agency.example', 'null'])(
    'a preflight from %s answers 204 without allowing it',
    async (origin) => {
      const answer = await preflight(platform.gateway.url, origin);
      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('access-control-allow-methods')).toBeNull();
    },
  );

  test('by default no origin is allowed, and OPTIONS still answers 204 rather than 200 text/plain', async () => {
    const answer = await preflight(plain.gateway.url, 'https://app.atrium.example');
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('content-type')).toBeNull();
  });

  test('an allowed origin reads the headers a web client needs', async () => {
    const answer = await request(`${platform.gateway.url}/v1/me`, {
      headers: authorized({ origin: 'https://app.atrium.example' }),
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.atrium.example');
    const exposed = (answer.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(',');
    expect(exposed).toEqual(
      expect.arrayContaining(['x-request-id', 'retry-after', 'location', 'idempotent-replayed']),
    );
  });

  test('origins are matched exactly, and a wildcard covers subdomains only', () => {
    const allowed = originMatcher(ORIGINS);
    expect(allowed('https://app.atrium.example')).toBe(true);
    expect(allowed('HTTPS://APP.ATRIUM.EXAMPLE')).toBe(true);
    expect(allowed('https://app.atrium.example:8443')).toBe(false);
    expect(allowed('https://a.b.agency.example')).toBe(true);
    expect(allowed('https://agency.example')).toBe(false);
    expect(allowed('https://evilagency.example')).toBe(false);
    expect(allowed('https://agency.example.evil.test')).toBe(false);
  });
});

describe('text and keys', () => {
  test('a prototype key anywhere in a body is refused by name and never reaches a backend', async () => {
    const updates = platform.tenancy.calls('UpdateClient').length;
    const answer = await request(`${platform.gateway.url}/v1/clients/8f7c1b2e-54d3-4c3f-9d1e-1a2b3c4d5e6f`, {
      method: 'PATCH',
      headers: authorized(),
      body: '{"customProperties":{"__proto__":{"crm_id":"x"}}}',
    });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['customProperties.__proto__']);
    expect(platform.tenancy.calls('UpdateClient').length).toBe(updates);
  });

  test('a line break in a single-line field is named, as are control and bidirectional characters', () => {
    const problems = unsafeTextProblems(
      { name: 'Acme\r\nBcc: x', tags: ['ok', 'a\u202eb'], nested: { 'k\u0000': 'v', fine: 'yes' } },
      'body',
    );
    expect(problems.map((problem) => problem.field)).toEqual(['name', 'tags.1', 'nested.k\u0000']);
  });

  test('a field marked multi-line may hold line breaks and tabs, never a NUL', () => {
    const schema = z.object({
      description: z.string().optional().openapi(MULTI_LINE),
      notes: z.array(z.string().openapi(MULTI_LINE)),
      name: z.string(),
    });
    const lines = multiLinePaths(schema);
    expect([...lines].sort()).toEqual(['description', 'notes.*']);
    expect(
      unsafeTextProblems({ description: 'a\n\tb', notes: ['x\r\ny'], name: 'z' }, 'body', lines),
    ).toEqual([]);
    expect(
      unsafeTextProblems({ description: 'a\u0000', name: 'a\nb' }, 'body', lines).map((p) => p.field),
    ).toEqual(['description', 'name']);
  });
});
