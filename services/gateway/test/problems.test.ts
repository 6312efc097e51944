import { request, startGateway, unreachableAddresses, type RunningGateway } from './support/gateway';

let gateway: RunningGateway;

beforeAll(async () => {
  gateway = await startGateway(await unreachableAddresses(), { BODY_LIMIT: '1kb' });
});

afterAll(() => gateway.stop());

const validSignUp = {
  agencyName: 'Northwind',
  name: 'Ada',
  email: 'ada@example.com',
  password: 'a long password',
};

test('malformed JSON answers 400 validation_failed as problem+json', async () => {
  const answer = await request(`${gateway.url}/v1/auth/signup`, { body: '{"agencyName": "Nor' });
  expect(answer.status).toBe(400);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toEqual({
    type: 'https://atrium.dev/problems/validation_failed',
    title: 'The request is not valid.',
    status: 400,
    code: 'validation_failed',
    detail: 'The request body is not valid JSON.',
    fields: [{ field: 'body', message: 'is not valid JSON' }],
    instance: '/v1/auth/signup',
  });
});

test('an unknown route answers 404 not_found', async () => {
  const answer = await request(`${gateway.url}/v1/nothing-here?x=1`);
  expect(answer.status).toBe(404);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status: 404, code: 'not_found', instance: '/v1/nothing-here' });
});

test('an unknown field answers 400 naming it', async () => {
  const answer = await request(`${gateway.url}/v1/auth/signup`, {
    body: { ...validSignUp, role: 'owner', plan: 'gold' },
  });
  expect(answer.status).toBe(400);
  expect(answer.body).toMatchObject({
    code: 'validation_failed',
    fields: [
      { field: 'role', message: 'is not a known field' },
      { field: 'plan', message: 'is not a known field' },
    ],
  });
});

test('a field of the wrong type answers 400 naming the field', async () => {
  const answer = await request(`${gateway.url}/v1/auth/signup`, { body: { ...validSignUp, email: 42 } });
  expect(answer.status).toBe(400);
  expect(answer.body).toMatchObject({ code: 'validation_failed', fields: [{ field: 'email' }] });
});

test('every invalid field is named at once', async () => {
  const answer = await request(`${gateway.url}/v1/auth/signup`, {
    body: { agencyName: 'N', name: 'Ada', email: 'not an email', password: '' },
  });
  expect(answer.status).toBe(400);
  const fields = (answer.body as { fields: { field: string }[] }).fields.map((problem) => problem.field);
  expect(fields.sort()).toEqual(['agencyName', 'email', 'password']);
});

test('a body that is not a JSON object answers 400 naming the body', async () => {
  const answer = await request(`${gateway.url}/v1/auth/login`, { method: 'POST' });
  expect(answer.status).toBe(400);
  expect(answer.body).toMatchObject({ code: 'validation_failed', fields: [{ field: 'body' }] });
});

test('a body over the limit answers 413 payload_too_large', async () => {
  const answer = await request(`${gateway.url}/v1/auth/signup`, {
    body: { ...validSignUp, name: 'x'.repeat(4096) },
  });
  expect(answer.status).toBe(413);
  expect(answer.body).toMatchObject({ status: 413, code: 'payload_too_large' });
});

test('the token is checked before the input, so anonymous callers learn nothing about it', async () => {
  const answer = await request(`${gateway.url}/v1/clients?limit=500`);
  expect(answer.status).toBe(401);
  expect(answer.headers.get('www-authenticate')).toBe('Bearer');
});

test('a request without a token answers 401 unauthenticated with WWW-Authenticate', async () => {
  const answer = await request(`${gateway.url}/v1/me`);
  expect(answer.status).toBe(401);
  expect(answer.headers.get('www-authenticate')).toBe('Bearer');
  expect(answer.body).toMatchObject({ code: 'unauthenticated', instance: '/v1/me' });
});

test('an Authorization header that is not a bearer token answers 401', async () => {
  const answer = await request(`${gateway.url}/v1/me`, { headers: { authorization: 'Basic YWRhOnB3' } });
  expect(answer.status).toBe(401);
  expect(answer.body).toMatchObject({ code: 'unauthenticated' });
});

test('a sane X-Request-Id is echoed back, on errors too', async () => {
  const answer = await request(`${gateway.url}/v1/nothing-here`, {
    headers: { 'x-request-id': 'req-123.abc' },
  });
  expect(answer.headers.get('x-request-id')).toBe('req-123.abc');
});

test('a missing or unsafe X-Request-Id is replaced by a generated one', async () => {
  const missing = await request(`${gateway.url}/healthz`);
  const unsafe = await request(`${gateway.url}/healthz`, { headers: { 'x-request-id': 'a b<script>' } });
  const tooLong = await request(`${gateway.url}/healthz`, { headers: { 'x-request-id': 'x'.repeat(129) } });
  for (const answer of [missing, unsafe, tooLong]) {
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  }
});

test('liveness answers without any backend', async () => {
  const answer = await request(`${gateway.url}/healthz`);
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({ status: 'ok' });
});
