import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eventually } from '@atrium/testing';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { KeyEncryption } from '../src/tokens/key-encryption';
import { KeyRing } from '../src/tokens/key-ring';
import { signAccessToken } from '../src/tokens/session-tokens';
import { signUp, startHarness, verifyAccessToken, type Harness } from './support';

let harness: Harness;

const CLI = path.resolve(__dirname, '../dist/cli.js');

beforeAll(async () => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`make build\` before these tests.`);
  harness = await startHarness('keys');
});

afterAll(async () => {
  await harness?.stop();
});

function runCli(args: string[], env: Record<string, string | undefined> = {}) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: harness.config.DATABASE_URL,
      IDENTITY_KEK: harness.config.IDENTITY_KEK,
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

/** Another identity replica's key ring, which looks for a new current key every 50 ms. */
function replicaKeyRing(): KeyRing {
  return new KeyRing(harness.db, new KeyEncryption(harness.config.IDENTITY_KEK), {
    accessTokenTtlSeconds: harness.config.ACCESS_TOKEN_TTL_SECONDS,
    currentKeyCacheMs: 50,
  });
}

const jwksKids = async () =>
  (JSON.parse((await harness.identity.GetJwks({})).jwksJson) as { keys: { kid: string }[] }).keys.map(
    (key) => key.kid,
  );

describe('signing key rotation', () => {
  let oldKid: string;
  let newKid: string;
  let tokenBefore: string;

  it('rotates with the CLI, and tokens signed before still verify against the new JWKS', async () => {
    const person = await signUp(harness);
    tokenBefore = person.accessToken;
    oldKid = decodeProtectedHeader(tokenBefore).kid!;
    const replica = replicaKeyRing();
    expect((await replica.signingKey()).kid).toBe(oldKid);

    const rotation = await runCli(['rotate-keys']);
    expect(rotation).toMatchObject({ code: 0, stderr: '' });
    newKid = rotation.stdout.trim();
    expect(newKid).not.toBe(oldKid);

    expect((await jwksKids()).sort()).toEqual([oldKid, newKid].sort());
    expect((await verifyAccessToken(harness, tokenBefore)).payload.sub).toBe(person.userId);
    // Another replica switches to the new key within its cache time.
    await eventually(
      async () => ((await replica.signingKey()).kid === newKid ? true : undefined),
      5000,
      'the new key',
    );
    const signedAfter = await signAccessToken(
      replica,
      tokenSettings(),
      person.userId,
      person.agencyId,
      person.sessionId,
    );
    expect(decodeProtectedHeader(signedAfter).kid).toBe(newKid);
    expect((await verifyAccessToken(harness, signedAfter)).payload.sub).toBe(person.userId);
  });

  it('keeps every token valid while a rotation happens', async () => {
    const person = await signUp(harness);
    const replica = replicaKeyRing();
    let rotating = true;
    const issued: string[] = [];
    const minting = (async () => {
      while (rotating) {
        issued.push(
          await signAccessToken(replica, tokenSettings(), person.userId, person.agencyId, person.sessionId),
        );
        const login = await harness.identity.Login({
          email: person.email,
          password: person.password,
          userAgent: '',
          ip: '',
        });
        issued.push(login.tokens!.accessToken);
      }
    })();
    const rotation = await runCli(['rotate-keys']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    rotating = false;
    await minting;
    expect(rotation.code).toBe(0);

    const jwks = createLocalJWKSet(JSON.parse((await harness.identity.GetJwks({})).jwksJson));
    const options = { issuer: harness.config.JWT_ISSUER, audience: harness.config.JWT_AUDIENCE };
    const results = await Promise.allSettled(issued.map((token) => jwtVerify(token, jwks, options)));
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    const kids = new Set(issued.map((token) => decodeProtectedHeader(token).kid));
    expect(kids).toContain(rotation.stdout.trim());
  });

  it('stops publishing a retired key once every token it signed has expired', async () => {
    // Switch tokens may outlive access tokens: the longer of the two lifetimes counts.
    const longestTtlSeconds = Math.max(
      harness.config.ACCESS_TOKEN_TTL_SECONDS,
      harness.config.SWITCH_TOKEN_TTL_SECONDS,
    );
    const longAgo = longestTtlSeconds * 1000 + harness.config.SIGNING_KEY_CACHE_MS + 65_000;
    await harness.db.signingKey.update({
      where: { kid: oldKid },
      data: { retiredAt: new Date(Date.now() - longAgo) },
    });
    expect(await jwksKids()).not.toContain(oldKid);
    await expect(verifyAccessToken(harness, tokenBefore)).rejects.toThrow();
  });
});

describe('the rotate-keys command', () => {
  it('answers 64 to a wrong command line', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(64);
    expect(none.stderr).toContain('Usage');
    expect((await runCli(['rotate-everything'])).code).toBe(64);
    expect((await runCli(['rotate-keys', '--now'])).code).toBe(64);
  });

  it('answers 78 to a missing or wrong key-encryption key, and rotates nothing', async () => {
    const before = await harness.db.signingKey.count();
    const missing = await runCli(['rotate-keys'], { IDENTITY_KEK: undefined });
    expect(missing.code).toBe(78);
    expect(missing.stderr).toContain('IDENTITY_KEK');

    const wrong = await runCli(['rotate-keys'], { IDENTITY_KEK: randomBytes(32).toString('base64') });
    expect(wrong.code).toBe(78);
    // What to do, not only what is wrong: the same error stops identity's start (make up).
    expect(wrong.stderr).toContain('Start identity with the IDENTITY_KEK they were sealed with');
    expect(wrong.stderr).toContain('run `make reset`');
    expect(await harness.db.signingKey.count()).toBe(before);
  });
});

function tokenSettings() {
  return {
    issuer: harness.config.JWT_ISSUER,
    audience: harness.config.JWT_AUDIENCE,
    accessTokenTtlSeconds: harness.config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: harness.config.REFRESH_TOKEN_TTL_DAYS,
  };
}
