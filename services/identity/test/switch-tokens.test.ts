import { randomUUID } from 'node:crypto';
import { parseConfig } from '@atrium/config';
import { decodeProtectedHeader } from 'jose';
import { identityConfigShape } from '../src/config';
import {
  fieldsOf,
  problemOf,
  signUp,
  startHarness,
  verifyAccessToken,
  type Harness,
  type SignedUpPerson,
} from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('switch_tokens');
});

afterAll(async () => {
  await harness?.stop();
});

const issue = (person: Pick<SignedUpPerson, 'actor'>, clientId: string, actor = person.actor) =>
  harness.identity.IssueSwitchToken({ clientId }, { actor });

describe('issuing a switch token', () => {
  it("signs a token of the caller's session, confined to the client, that lives 30 minutes", async () => {
    const person = await signUp(harness);
    const clientId = randomUUID();
    const before = Math.floor(Date.now() / 1000);
    const answer = await issue(person, clientId);

    expect(answer.clientId).toBe(clientId);
    const { payload, protectedHeader } = await verifyAccessToken(harness, answer.accessToken);
    expect(protectedHeader).toMatchObject({ alg: 'ES256', kid: expect.any(String) });
    expect(payload).toMatchObject({
      sub: person.userId,
      agency: person.agencyId,
      sid: person.sessionId,
      act_client: clientId,
    });
    expect(payload.exp! - payload.iat!).toBe(1800);
    expect(payload.iat).toBeGreaterThanOrEqual(before);
    expect(new Date(answer.expiresAt).getTime()).toBe(payload.exp! * 1000);
  });

  it('is signed with the same keys the JWKS publishes for access tokens', async () => {
    const person = await signUp(harness);
    const { accessToken } = await issue(person, randomUUID());
    const [access, switched] = await Promise.all([
      verifyAccessToken(harness, person.accessToken),
      verifyAccessToken(harness, accessToken),
    ]);
    expect(switched.protectedHeader.kid).toBe(access.protectedHeader.kid);
  });

  it('is refused to an API key', async () => {
    const person = await signUp(harness);
    const keyId = randomUUID();
    const problem = await problemOf(
      issue(person, randomUUID(), {
        userId: keyId,
        apiKeyId: keyId,
        agencyId: person.agencyId,
        apiKeyPermissions: ['clients:read_all'],
      }),
    );
    expect(problem.code).toBe('forbidden');
  });

  it('cannot be minted from another switch token', async () => {
    const person = await signUp(harness);
    const clientId = randomUUID();
    const problem = await problemOf(
      issue(person, randomUUID(), { ...person.actor, actingAsClientId: clientId, clientId }),
    );
    expect(problem).toMatchObject({ code: 'forbidden', detail: expect.stringContaining('switch token') });
  });

  it("is refused for a session that is not the caller's own open session in that agency", async () => {
    const person = await signUp(harness);
    const other = await signUp(harness);
    const clientId = randomUUID();

    expect(
      (await problemOf(issue(person, clientId, { ...person.actor, sessionId: other.sessionId }))).code,
    ).toBe('unauthenticated');
    expect(
      (await problemOf(issue(person, clientId, { ...person.actor, agencyId: other.agencyId }))).code,
    ).toBe('unauthenticated');
    expect(
      (await problemOf(issue(person, clientId, { userId: person.userId, agencyId: person.agencyId }))).code,
    ).toBe('unauthenticated');

    await harness.identity.Logout({}, { actor: person.actor });
    expect((await problemOf(issue(person, clientId))).code).toBe('unauthenticated');
  });

  it('names clientId when it is not a uuid', async () => {
    const person = await signUp(harness);
    expect(await fieldsOf(issue(person, 'not-a-client'))).toEqual(['clientId']);
  });
});

describe('signing keys and switch tokens', () => {
  it('keeps a retired key published while a switch token it signed may be unexpired', async () => {
    const person = await signUp(harness);
    const { accessToken } = await issue(person, randomUUID());
    const { kid } = decodeProtectedHeader(accessToken);
    // Retired longer ago than an access token lives (15 min), not as long as a switch token (30 min).
    await harness.db.signingKey.update({
      where: { kid: kid! },
      data: { retiredAt: new Date(Date.now() - 20 * 60_000) },
    });
    const { jwksJson } = await harness.identity.GetJwks({});
    const kids = (JSON.parse(jwksJson) as { keys: { kid: string }[] }).keys.map((key) => key.kid);
    expect(kids).toContain(kid);
    expect((await verifyAccessToken(harness, accessToken)).payload.act_client).toEqual(expect.any(String));
  });
});

describe('the switch token lifetime setting', () => {
  const base = {
    DATABASE_URL: 'postgres://localhost/identity_test',
    IDENTITY_KEK: Buffer.alloc(32).toString('base64'),
  };

  it('defaults to 1800 seconds and accepts shorter lifetimes', () => {
    expect(parseConfig(identityConfigShape, base).SWITCH_TOKEN_TTL_SECONDS).toBe(1800);
    expect(
      parseConfig(identityConfigShape, { ...base, SWITCH_TOKEN_TTL_SECONDS: '600' }).SWITCH_TOKEN_TTL_SECONDS,
    ).toBe(600);
  });

  it('refuses more than 30 minutes, naming the variable', () => {
    expect(() => parseConfig(identityConfigShape, { ...base, SWITCH_TOKEN_TTL_SECONDS: '1801' })).toThrow(
      /SWITCH_TOKEN_TTL_SECONDS/,
    );
  });
});
