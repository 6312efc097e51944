import { base64url, decodeJwt, SignJWT, type JSONWebKeySet } from 'jose';
import { DomainError } from '@atrium/grpc';
import { JwtVerifier } from '../src/auth/jwt-verifier';
import { accessToken, AUDIENCE, ISSUER, newSigningKey, type SigningKey } from './support/tokens';

const COOLDOWN_MS = 5000;

let current: SigningKey;
let rotated: SigningKey;
let served: JSONWebKeySet;
let fetches: number;
let fetchTimes: number[];
let clock: number;
let verifier: JwtVerifier;

function encodeSegment(value: object): string {
  return base64url.encode(JSON.stringify(value));
}

async function rejection(token: string): Promise<DomainError> {
  const error: unknown = await verifier.verify(token).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  current = await newSigningKey('key-1');
  rotated = await newSigningKey('key-2', 'EdDSA');
});

beforeEach(() => {
  served = { keys: [current.publicJwk] };
  fetches = 0;
  fetchTimes = [];
  clock = Date.now();
  verifier = new JwtVerifier({
    getJwks: async () => {
      fetches += 1;
      fetchTimes.push(clock);
      return served;
    },
    issuer: ISSUER,
    audience: AUDIENCE,
    refreshCooldownMs: COOLDOWN_MS,
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
  });
});

test('a valid token yields its user, agency, session and expiry', async () => {
  const token = await accessToken(current, { sub: 'user-7', agency: 'agency-3', sid: 's-9' });
  await expect(verifier.verify(token)).resolves.toEqual({
    userId: 'user-7',
    agencyId: 'agency-3',
    sessionId: 's-9',
    expiresAt: decodeJwt(token).exp! * 1000,
  });
});

test('keys are fetched once and then served from the cache', async () => {
  await verifier.verify(await accessToken(current));
  await verifier.verify(await accessToken(current));
  expect(fetches).toBe(1);
});

test('an unsigned token (alg none) is rejected', async () => {
  await verifier.verify(await accessToken(current));
  const payload = {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'user-1',
    agency: 'agency-1',
    exp: Math.floor(Date.now() / 1000) + 600,
  };
  const token = `${encodeSegment({ alg: 'none', kid: current.kid })}.${encodeSegment(payload)}.`;
  expect((await rejection(token)).code).toBe('unauthenticated');
});

test('an HS256 token is rejected even when its key id is known', async () => {
  const token = await new SignJWT({ agency: 'agency-1' })
    .setProtectedHeader({ alg: 'HS256', kid: current.kid })
    .setSubject('user-1')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('15m')
    .sign(new TextEncoder().encode('a shared secret that is long enough for HS256'));
  expect((await rejection(token)).code).toBe('unauthenticated');
});

test('a token signed with a newly rotated key triggers exactly one refetch and then passes', async () => {
  await verifier.verify(await accessToken(current));
  served = { keys: [rotated.publicJwk, current.publicJwk] };
  clock += COOLDOWN_MS;
  await expect(verifier.verify(await accessToken(rotated, { sub: 'user-2' }))).resolves.toMatchObject({
    userId: 'user-2',
  });
  expect(fetches).toBe(2);
  await verifier.verify(await accessToken(rotated));
  expect(fetches).toBe(2);
});

test('a token naming a key identity does not have triggers exactly one refetch and then fails', async () => {
  await verifier.verify(await accessToken(current));
  clock += COOLDOWN_MS;
  expect((await rejection(await accessToken(rotated))).code).toBe('unauthenticated');
  expect(fetches).toBe(2);
});

/** Lets the refetch a refused token scheduled run (the fake sleep resolves at once). */
const scheduledFetch = () => new Promise((resolve) => setImmediate(resolve));

test('unknown key ids refetch at most once per cooldown; callers within it share the next fetch', async () => {
  const start = clock;
  await verifier.verify(await accessToken(current));
  clock += COOLDOWN_MS;
  await rejection(await accessToken(rotated));
  clock += 1;
  const forged = [await accessToken(rotated), await accessToken(rotated, { sub: 'user-3' })];
  const failures = await Promise.all(forged.map(rejection));
  expect(failures.map((failure) => failure.code)).toEqual(['unauthenticated', 'unauthenticated']);
  await scheduledFetch();
  expect(fetchTimes).toEqual([start, start + COOLDOWN_MS, start + 2 * COOLDOWN_MS]);
});

test('an unknown key id within the cooldown is refused at once, without waiting for the next fetch', async () => {
  const waits: number[] = [];
  const waiting = new JwtVerifier({
    getJwks: async () => served,
    issuer: ISSUER,
    audience: AUDIENCE,
    refreshCooldownMs: COOLDOWN_MS,
    now: () => clock,
    // The cooldown never ends in this test: a verify that waited for it would never settle.
    sleep: (ms) => {
      waits.push(ms);
      return new Promise(() => undefined);
    },
  });
  await waiting.verify(await accessToken(current));
  clock += 1;
  const forged = await waiting.verify(await accessToken(rotated)).then(
    () => 'accepted',
    (error: DomainError) => error.code,
  );
  expect(forged).toBe('unauthenticated');
  expect(waits).toEqual([COOLDOWN_MS - 1]);
});

test('a key published just after the last fetch passes once the scheduled refetch has run', async () => {
  const start = clock;
  await verifier.verify(await accessToken(current));
  served = { keys: [rotated.publicJwk, current.publicJwk] };
  clock += 1;
  expect((await rejection(await accessToken(rotated, { sub: 'user-2' }))).code).toBe('unauthenticated');
  await scheduledFetch();
  await expect(verifier.verify(await accessToken(rotated, { sub: 'user-2' }))).resolves.toMatchObject({
    userId: 'user-2',
  });
  expect(fetchTimes).toEqual([start, start + COOLDOWN_MS]);
});

test("identity's rotation event refetches the keys at once, cooldown or not", async () => {
  const start = clock;
  await verifier.verify(await accessToken(current));
  served = { keys: [rotated.publicJwk, current.publicJwk] };
  clock += 1;
  verifier.refreshKeys();
  await scheduledFetch();
  await expect(verifier.verify(await accessToken(rotated, { sub: 'user-2' }))).resolves.toMatchObject({
    userId: 'user-2',
  });
  expect(fetchTimes).toEqual([start, start + 1]);
});

test('a token from another issuer is rejected', async () => {
  expect((await rejection(await accessToken(current, { iss: 'someone-else' }))).code).toBe('unauthenticated');
});

test('a token for another audience is rejected', async () => {
  expect((await rejection(await accessToken(current, { aud: 'another-api' }))).code).toBe('unauthenticated');
});

test('an expired token is rejected as expired', async () => {
  const token = await accessToken(current, {}, { expiresIn: Math.floor(Date.now() / 1000) - 60 });
  const error = await rejection(token);
  expect(error.code).toBe('token_expired');
});

test('a token without an expiry is rejected', async () => {
  const token = await new SignJWT({ agency: 'agency-1' })
    .setProtectedHeader({ alg: 'ES256', kid: current.kid })
    .setSubject('user-1')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .sign(current.privateKey);
  expect((await rejection(token)).code).toBe('unauthenticated');
});

test('a token without an agency is rejected', async () => {
  expect((await rejection(await accessToken(current, { agency: undefined }))).code).toBe('unauthenticated');
});

test('a token whose payload was altered is rejected', async () => {
  const [header, , signature] = (await accessToken(current, { sub: 'user-1' })).split('.');
  const forged = encodeSegment({
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'someone-else',
    agency: 'agency-1',
    exp: Math.floor(Date.now() / 1000) + 600,
  });
  expect((await rejection(`${header}.${forged}.${signature}`)).code).toBe('unauthenticated');
});

test('a token whose signature was altered is rejected', async () => {
  const [header, payload, signature] = (await accessToken(current)).split('.') as [string, string, string];
  const bytes = base64url.decode(signature);
  bytes[0] = bytes[0]! ^ 0xff;
  expect((await rejection(`${header}.${payload}.${base64url.encode(bytes)}`)).code).toBe('unauthenticated');
});

test('a string that is not a JWT is rejected', async () => {
  expect((await rejection('not-a-token')).code).toBe('unauthenticated');
});

test('a key set that cannot be fetched surfaces the failure instead of rejecting the token', async () => {
  const unavailable = new Error('identity is down');
  const offline = new JwtVerifier({
    getJwks: () => Promise.reject(unavailable),
    issuer: ISSUER,
    audience: AUDIENCE,
    refreshCooldownMs: COOLDOWN_MS,
  });
  await expect(offline.verify(await accessToken(current))).rejects.toBe(unavailable);
});

describe('the cache of verified tokens', () => {
  test('a token verified once passes again without its key, so its signature is not checked again', async () => {
    const token = await accessToken(current, { sub: 'user-5' });
    await verifier.verify(token);
    // identity now publishes only the rotated key, and the verifier has learned that set.
    served = { keys: [rotated.publicJwk] };
    clock += COOLDOWN_MS;
    await verifier.verify(await accessToken(rotated));
    expect(fetches).toBe(2);
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'user-5' });
    await expect(verifier.verify(await accessToken(current))).rejects.toBeInstanceOf(DomainError);
  });

  test('a cached token is refused as expired once its expiry passes', async () => {
    const expiresAt = Math.floor(clock / 1000) + 60;
    const token = await accessToken(current, {}, { expiresIn: expiresAt });
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'user-1' });
    clock = (expiresAt + 60) * 1000;
    expect((await rejection(token)).code).toBe('token_expired');
  });

  test('a token is remembered only until its expiry, not through the clock tolerance', async () => {
    const expiresAt = Math.floor(clock / 1000) + 60;
    const token = await accessToken(current, {}, { expiresIn: expiresAt });
    await verifier.verify(token);
    served = { keys: [rotated.publicJwk] };
    clock = expiresAt * 1000 + 1000;
    await verifier.verify(await accessToken(rotated));
    // Within the tolerance, but past exp: the cache is not used, and the key is gone from the set.
    expect((await rejection(token)).code).toBe('unauthenticated');
  });
});
