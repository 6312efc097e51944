import { randomUUID } from 'node:crypto';
import { hashToken } from '../src/tokens/session-tokens';
import {
  fieldsOf,
  joinAgency,
  problemOf,
  signUp,
  startHarness,
  type Harness,
  type SignedUpPerson,
} from './support';

let harness: Harness;
let owner: SignedUpPerson;

beforeAll(async () => {
  harness = await startHarness('apikeys');
  owner = await signUp(harness);
});

afterAll(async () => {
  await harness?.stop();
});

const create = (actor: SignedUpPerson['actor'], name = 'Credit sync', permissions = ['billing:manage']) =>
  harness.identity.CreateApiKey({ name, permissions }, { actor });

describe('creating API keys', () => {
  it('shows the secret once, keeps only its hash and publishes api_key.created', async () => {
    const since = harness.events.length;
    const { apiKey, secret } = await create(owner.actor, ' Credit sync ', ['billing:manage', 'billing:read']);

    expect(secret).toMatch(/^atr_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      agencyId: owner.agencyId,
      name: 'Credit sync',
      prefix: secret.slice(0, 12),
      permissions: ['billing:manage', 'billing:read'],
      createdByUserId: owner.userId,
      lastUsedAt: '',
    });
    const row = await harness.db.apiKey.findUniqueOrThrow({ where: { id: apiKey!.id } });
    expect(row.secretHash).toBe(hashToken(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(12));

    const event = await harness.nextEvent(
      'atrium.identity.v1.api_key.created',
      (data) => data.apiKeyId === apiKey?.id,
      since,
    );
    expect(event.data).toMatchObject({
      agencyId: owner.agencyId,
      permissions: ['billing:manage', 'billing:read'],
    });
  });

  it('lists the agency’s keys without their secrets', async () => {
    const { apiKey, secret } = await create(owner.actor, 'Listed key');
    const { apiKeys } = await harness.identity.ListApiKeys({}, { actor: owner.actor });
    expect(apiKeys.map((key) => key.id)).toContain(apiKey?.id);
    expect(JSON.stringify(apiKeys)).not.toContain(secret.slice(12));
  });

  it('refuses permissions outside the agency catalogue, and bad names', async () => {
    expect(await fieldsOf(create(owner.actor, 'Key', ['campaigns:launch']))).toEqual(['permissions']);
    expect(await fieldsOf(create(owner.actor, 'Key', []))).toEqual(['permissions']);
    expect(await fieldsOf(create(owner.actor, '  '))).toEqual(['name']);
    expect(await fieldsOf(create(owner.actor, 'k'.repeat(81)))).toEqual(['name']);
    // The whole catalogue, as tenancy publishes it: an owner holds all of it.
    const catalogue = (await harness.tenancy.GetPermissionCatalogue({})).agencyPermissions.map(
      (permission) => permission.name,
    );
    expect(catalogue.length).toBeGreaterThan(5);
    const everything = await create(owner.actor, 'Everything', catalogue);
    expect(everything.apiKey?.permissions).toEqual(catalogue);
  });

  it('lets an admin manage keys but not a member', async () => {
    const admin = await joinAgency(harness, owner, 'admin');
    const member = await joinAgency(harness, owner, 'member');
    expect((await create(admin.actor)).apiKey?.agencyId).toBe(owner.agencyId);
    expect((await problemOf(create(member.actor))).code).toBe('forbidden');
    expect((await problemOf(harness.identity.ListApiKeys({}, { actor: member.actor }))).code).toBe(
      'forbidden',
    );
  });

  it('refuses an API key creating keys, and a person outside the agency', async () => {
    const keyActor = { userId: randomUUID(), apiKeyId: randomUUID(), agencyId: owner.agencyId };
    expect((await problemOf(create(keyActor))).code).toBe('forbidden');
    const stranger = await signUp(harness);
    const intruder = { ...stranger.actor, agencyId: owner.agencyId };
    expect((await problemOf(create(intruder))).code).toBe('not_found');
  });
});

describe('using and revoking API keys', () => {
  it('verifies a secret to its agency and permissions, noting the last use at most once a minute', async () => {
    const { apiKey, secret } = await create(owner.actor, 'Verified key', ['billing:read']);
    const first = await harness.identity.VerifyApiKey({ secret });
    expect(first.apiKey).toMatchObject({
      id: apiKey?.id,
      agencyId: owner.agencyId,
      permissions: ['billing:read'],
    });
    expect(first.apiKey?.lastUsedAt).not.toBe('');

    const second = await harness.identity.VerifyApiKey({ secret });
    expect(second.apiKey?.lastUsedAt).toBe(first.apiKey?.lastUsedAt);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await harness.db.apiKey.update({ where: { id: apiKey!.id }, data: { lastUsedAt: twoMinutesAgo } });
    const later = await harness.identity.VerifyApiKey({ secret });
    expect(new Date(later.apiKey!.lastUsedAt).getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
    const listed = (await harness.identity.ListApiKeys({}, { actor: owner.actor })).apiKeys.find(
      (key) => key.id === apiKey?.id,
    );
    expect(listed?.lastUsedAt).toBe(later.apiKey?.lastUsedAt);
  });

  it('refuses unknown secrets', async () => {
    for (const secret of ['atr_not-a-real-key', 'Bearer something', '']) {
      expect((await problemOf(harness.identity.VerifyApiKey({ secret }))).code).toBe('unauthenticated');
    }
  });

  it('revokes a key, which then stops working and leaves the list', async () => {
    const { apiKey, secret } = await create(owner.actor, 'Short-lived key');
    const since = harness.events.length;
    await harness.identity.RevokeApiKey({ apiKeyId: apiKey!.id }, { actor: owner.actor });

    expect((await problemOf(harness.identity.VerifyApiKey({ secret }))).code).toBe('unauthenticated');
    const { apiKeys } = await harness.identity.ListApiKeys({}, { actor: owner.actor });
    expect(apiKeys.map((key) => key.id)).not.toContain(apiKey?.id);
    const event = await harness.nextEvent(
      'atrium.identity.v1.api_key.revoked',
      (data) => data.apiKeyId === apiKey?.id,
      since,
    );
    expect(event.data).toMatchObject({ agencyId: owner.agencyId, revokedByUserId: owner.userId });
    const again = harness.identity.RevokeApiKey({ apiKeyId: apiKey!.id }, { actor: owner.actor });
    expect((await problemOf(again)).code).toBe('not_found');
  });

  it('answers not_found for another agency’s key and keeps it working', async () => {
    const { apiKey, secret } = await create(owner.actor, 'Not yours');
    const otherOwner = await signUp(harness);
    const revoke = harness.identity.RevokeApiKey({ apiKeyId: apiKey!.id }, { actor: otherOwner.actor });
    expect((await problemOf(revoke)).code).toBe('not_found');
    expect((await harness.identity.VerifyApiKey({ secret })).apiKey?.id).toBe(apiKey?.id);
    const { apiKeys } = await harness.identity.ListApiKeys({}, { actor: otherOwner.actor });
    expect(apiKeys).toEqual([]);
    const malformed = harness.identity.RevokeApiKey({ apiKeyId: 'x' }, { actor: owner.actor });
    expect((await problemOf(malformed)).code).toBe('not_found');
  });
});
