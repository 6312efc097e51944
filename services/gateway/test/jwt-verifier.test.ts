import { base64url, SignJWT, type JSONWebKeySet } from 'jose';
import { DomainError } from '@atrium/grpc';
import { JwtVerifier } from '../src/auth/jwt-verifier';
import { accessToken, AUDIENCE, ISSUER, newSigningKey, type SigningKey } from './support/tokens';

const COOLDOWN_MS = 5000;

let current: SigningKey;
let rotated: SigningKey;
let served: JSONWebKeySet;
let fetches: number;
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
  clock = 1_000_000;
  verifier = new JwtVerifier({
    getJwks: async () => {
      fetches += 1;
      return served;
    },
    issuer: ISSUER,
    audience: AUDIENCE,
    refreshCooldownMs: COOLDOWN_MS,
    now: () => clock,
  });
});

test('a valid token yields its user, agency and session', async () => {
  await expect(
    verifier.verify(await accessToken(current, { sub: 'user-7', agency: 'agency-3', sid: 's-9' })),
  ).resolves.toEqual({
    userId: 'user-7',
    agencyId: 'agency-3',
    sessionId: 's-9',
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

test('unknown key ids refetch at most once per cooldown', async () => {
  await verifier.verify(await accessToken(current));
  clock += COOLDOWN_MS;
  await rejection(await accessToken(rotated));
  clock += COOLDOWN_MS - 1;
  await rejection(await accessToken(rotated));
  expect(fetches).toBe(2);
  clock += 1;
  await rejection(await accessToken(rotated));
  expect(fetches).toBe(3);
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
