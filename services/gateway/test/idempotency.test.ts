import { createHash, randomUUID } from 'node:crypto';

import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { getTestServers, testNamespace } from '@atrium/testing';
import { fieldsOf, request, startStubbedGateway, type StubbedGateway } from './support/gateway';
import { accessToken } from './support/tokens';

// docs/product.md "API conventions": the same Idempotency-Key and body replay the first answer; another body answers 422.
// The answers live in a real NATS key-value bucket shared by gateway replicas.
let platform: StubbedGateway;
let url: string;
let token: string;
let nc: NatsConnection;
let namespace: string;

beforeAll(async () => {
  const { natsUrl } = await getTestServers();
  namespace = testNamespace();
  platform = await startStubbedGateway({ NATS_URL: natsUrl, EVENTS_NAMESPACE: namespace }, undefined, {
    idempotency: true,
  });
  url = platform.gateway.url;
  token = await accessToken(platform.key, { sid: 'session-1' });
  nc = await connect({ servers: natsUrl });
});

afterAll(async () => {
  await new Kvm(nc).open(`atrium_idempotency_${namespace}`).then(
    (kv) => kv.destroy(),
    () => undefined,
  );
  await nc?.close();
  await platform?.stop();
});

function createClient(key: string, name: string, as = token) {
  return request(`${url}/v1/clients`, {
    headers: { authorization: `Bearer ${as}`, 'idempotency-key': key },
    body: { name },
  });
}

test('the same key and body answer the first answer again without doing it twice', async () => {
  const key = randomUUID();
  const calls = platform.tenancy.calls('CreateClient').length;
  const first = await createClient(key, 'Replayed Roasters');
  const again = await createClient(key, 'Replayed Roasters');
  expect(first.status).toBe(201);
  expect(again.status).toBe(201);
  expect(again.body).toEqual(first.body);
  expect(again.headers.get('idempotent-replayed')).toBe('true');
  expect(first.headers.get('idempotent-replayed')).toBeNull();
  expect(platform.tenancy.calls('CreateClient').length).toBe(calls + 1);
});

test('the same key with another body answers 422 idempotency_key_reused', async () => {
  const key = randomUUID();
  await createClient(key, 'First Body');
  const reused = await createClient(key, 'Second Body');
  expect(reused.status).toBe(422);
  expect(reused.body).toMatchObject({ code: 'idempotency_key_reused' });
});

test('keeps a problem answer too, so a retry of a refused request is refused the same way', async () => {
  const key = randomUUID();
  const calls = platform.tenancy.calls('CreateClient').length;
  const first = await createClient(key, 'Over The Limit');
  const again = await createClient(key, 'Over The Limit');
  expect(first.status).toBe(409);
  expect(again.status).toBe(409);
  expect(again.body).toEqual(first.body);
  expect(again.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(platform.tenancy.calls('CreateClient').length).toBe(calls + 1);
});

test('keys are per caller: another person using the same key is not answered with the first one’s result', async () => {
  const key = randomUUID();
  await createClient(key, 'Mine');
  const someoneElse = await accessToken(platform.key, { sub: 'user-2', sid: 'session-2' });
  const theirs = await createClient(key, 'Mine', someoneElse);
  expect(theirs.headers.get('idempotent-replayed')).toBeNull();
});

test('a malformed key is named', async () => {
  const answer = await createClient('x'.repeat(256), 'Too Long Key');
  expect(answer.status).toBe(400);
  expect(fieldsOf(answer.body)).toEqual(['idempotency-key']);
});

test('a request without the header is not affected', async () => {
  const calls = platform.tenancy.calls('CreateClient').length;
  for (let i = 0; i < 2; i++) {
    const answer = await request(`${url}/v1/clients`, {
      headers: { authorization: `Bearer ${token}` },
      body: { name: 'No Key' },
    });
    expect(answer.status).toBe(201);
  }
  expect(platform.tenancy.calls('CreateClient').length).toBe(calls + 2);
});

test('routes that issue tokens neither keep nor replay an answer: a resent key and body do the request again', async () => {
  const kv = await new Kvm(nc).create(`atrium_idempotency_${namespace}`);
  const keysBefore: string[] = [];
  for await (const name of await kv.keys()) keysBefore.push(name);
  const key = randomUUID();
  const signUp = {
    agencyName: 'Sealed Agency',
    name: 'Sam Sealed',
    email: 'sam@example.com',
    password: 'Correct-Horse-9',
  };
  const signUps = platform.identity.signUps.length;
  const first = await request(`${url}/v1/auth/signup`, { headers: { 'idempotency-key': key }, body: signUp });
  const again = await request(`${url}/v1/auth/signup`, { headers: { 'idempotency-key': key }, body: signUp });
  expect(first.status).toBe(201);
  expect(again.headers.get('idempotent-replayed')).toBeNull();
  expect(platform.identity.signUps.length).toBe(signUps + 2);

  const logins = platform.identity.logins.length;
  const login = { email: 'ada@example.com', password: 'correct horse battery staple' };
  for (let i = 0; i < 2; i++) {
    const answer = await request(`${url}/v1/auth/login`, {
      headers: { 'idempotency-key': key },
      body: login,
    });
    expect(answer.headers.get('idempotent-replayed')).toBeNull();
  }
  expect(platform.identity.logins.length).toBe(logins + 2);

  const keysAfter: string[] = [];
  for await (const name of await kv.keys()) keysAfter.push(name);
  expect(keysAfter.sort()).toEqual(keysBefore.sort());
});

test('without its store (NATS away) a keyed request answers 503 and an unkeyed one still works', async () => {
  const away = await startStubbedGateway(
    { NATS_URL: 'nats://127.0.0.1:1', EVENTS_NAMESPACE: namespace },
    undefined,
    { idempotency: true },
  );
  try {
    const as = await accessToken(away.key, { sid: 'session-1' });
    const keyed = await request(`${away.gateway.url}/v1/clients`, {
      headers: { authorization: `Bearer ${as}`, 'idempotency-key': randomUUID() },
      body: { name: 'Unstored' },
    });
    expect(keyed.status).toBe(503);
    expect(keyed.headers.get('retry-after')).toBe('1');
    expect(away.tenancy.calls('CreateClient')).toHaveLength(0);
    const unkeyed = await request(`${away.gateway.url}/v1/clients`, {
      headers: { authorization: `Bearer ${as}` },
      body: { name: 'Unstored' },
    });
    expect(unkeyed.status).toBe(201);
  } finally {
    await away.stop();
  }
});

test('a request whose first attempt is still running answers 409; a claim left for over a minute is taken over', async () => {
  const kv = await new Kvm(nc).open(`atrium_idempotency_${namespace}`);
  const body = { name: 'Claimed Café' };
  const fingerprint = createHash('sha256')
    .update('POST /v1/clients\n')
    .update(JSON.stringify(body))
    .digest('hex');
  // As the gateway names it: the caller's agency and user, then the key.
  const claim = (key: string, claimedAt: number) =>
    kv.put(
      createHash('sha256').update('agency-1:user-1').update('\0').update(key).digest('hex'),
      JSON.stringify({ fingerprint, state: 'pending', claimedAt }),
    );

  const running = randomUUID();
  await claim(running, Date.now());
  const busy = await createClient(running, body.name);
  expect(busy.status).toBe(409);
  expect(busy.body).toMatchObject({ code: 'conflict' });
  expect(busy.headers.get('retry-after')).toBe('1');

  const stranded = randomUUID();
  await claim(stranded, Date.now() - 2 * 60_000);
  const takenOver = await createClient(stranded, body.name);
  expect(takenOver.status).toBe(201);
  expect((await createClient(stranded, body.name)).headers.get('idempotent-replayed')).toBe('true');
});
