import { randomUUID } from 'node:crypto';
import { runWithContext, type Actor } from '@atrium/logger';
import { createDb, type Db } from '../src/store/db';
import { inTenant } from '../src/store/tenant';
import type { AuditEntry } from '../src/generated/prisma/client';
import { addMember, newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_audit');
});

afterAll(async () => {
  await harness?.stop();
});

function entriesOf(agencyId: string): Promise<AuditEntry[]> {
  return inTenant(harness.backend.db, { agencyId }, (tx) =>
    tx.auditEntry.findMany({ where: { agencyId }, orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] }),
  );
}

/** The entries `act` wrote in the agency's log. */
async function written(agencyId: string, act: () => Promise<unknown>): Promise<AuditEntry[]> {
  const before = new Set((await entriesOf(agencyId)).map((entry) => entry.id));
  await act();
  return (await entriesOf(agencyId)).filter((entry) => !before.has(entry.id));
}

/** The one entry `act` wrote: the write and its entry are one. */
async function theEntry(agencyId: string, act: () => Promise<unknown>): Promise<AuditEntry> {
  const entries = await written(agencyId, act);
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

async function newClient(agency: TestAgency, name = 'Contoso Dental'): Promise<string> {
  const { client } = await harness.client.CreateClient({ name }, { actor: agency.owner });
  return client!.id;
}

describe('every write through tenancy records one entry in its transaction', () => {
  it('agency.created names the owner as actor', async () => {
    const agency = await newAgency(harness, 'Audited Agency');
    const [entry, ...more] = await entriesOf(agency.agencyId);
    expect(more).toHaveLength(0);
    expect(entry).toMatchObject({
      actorId: agency.ownerId,
      actorKind: 'user',
      action: 'agency.created',
      targetType: 'agency',
      targetId: agency.agencyId,
      before: null,
      after: { name: 'Audited Agency', ownerUserId: agency.ownerId },
    });
  });

  it('agency.updated keeps the changed fields before and after, profile fields too', async () => {
    const agency = await newAgency(harness);
    const entry = await theEntry(agency.agencyId, () =>
      harness.client.UpdateAgency(
        { displayName: 'Northwind', currency: 'eur', address: { country: 'de' } },
        { actor: agency.owner },
      ),
    );
    expect(entry).toMatchObject({
      actorId: agency.ownerId,
      action: 'agency.updated',
      targetId: agency.agencyId,
      before: { displayName: '', currency: 'USD', 'address.country': '' },
      after: { displayName: 'Northwind', currency: 'EUR', 'address.country': 'DE' },
    });
  });

  it('client.created, client.updated, client.deactivated, client.reactivated and client.team_changed', async () => {
    const agency = await newAgency(harness);
    const helper = await addMember(harness, agency, 'member', 'Tess Team');
    let clientId = '';
    const created = await theEntry(agency.agencyId, async () => {
      clientId = await newClient(agency, 'Fabrikam');
    });
    expect(created).toMatchObject({
      action: 'client.created',
      targetType: 'client',
      targetId: clientId,
      clientId,
      before: null,
      after: { name: 'Fabrikam', status: 'active', ownerId: agency.ownerId, billingMode: 'agency_managed' },
    });

    const updated = await theEntry(agency.agencyId, () =>
      harness.client.UpdateClient(
        { clientId, name: 'Fabrikam Ltd', tags: { tags: ['vip'] }, settings: { adsEnabled: false } },
        { actor: agency.owner },
      ),
    );
    expect(updated).toMatchObject({ action: 'client.updated', targetId: clientId, clientId });
    expect(updated.before).toEqual({
      name: 'Fabrikam',
      tags: [],
      settings: expect.objectContaining({ adsEnabled: true }),
    });
    expect(updated.after).toEqual({
      name: 'Fabrikam Ltd',
      tags: ['vip'],
      settings: expect.objectContaining({ adsEnabled: false }),
    });

    const deactivated = await theEntry(agency.agencyId, () =>
      harness.client.DeactivateClient({ clientId }, { actor: agency.owner }),
    );
    expect(deactivated).toMatchObject({
      action: 'client.deactivated',
      before: { status: 'active' },
      after: { status: 'inactive' },
    });
    const reactivated = await theEntry(agency.agencyId, () =>
      harness.client.ReactivateClient({ clientId }, { actor: agency.owner }),
    );
    expect(reactivated).toMatchObject({ action: 'client.reactivated', after: { status: 'active' } });

    const team = await theEntry(agency.agencyId, () =>
      harness.client.SetClientTeam(
        { clientId, ownerId: agency.ownerId, memberIds: [helper.userId] },
        { actor: agency.owner },
      ),
    );
    expect(team).toMatchObject({
      action: 'client.team_changed',
      clientId,
      before: { ownerId: agency.ownerId, memberIds: [] },
      after: { ownerId: agency.ownerId, memberIds: [helper.userId] },
    });
    // Nothing changed, nothing recorded.
    expect(
      await written(agency.agencyId, () =>
        harness.client.UpdateClient({ clientId, name: 'Fabrikam Ltd' }, { actor: agency.owner }),
      ),
    ).toEqual([]);
  });

  it('custom_field.saved and custom_field.deleted', async () => {
    const agency = await newAgency(harness);
    const saved = await theEntry(agency.agencyId, () =>
      harness.client.SaveCustomField({ key: 'crm_id', label: 'CRM id' }, { actor: agency.owner }),
    );
    expect(saved).toMatchObject({
      action: 'custom_field.saved',
      targetType: 'custom_field',
      targetId: 'crm_id',
      before: null,
      after: { label: 'CRM id' },
    });
    const relabelled = await theEntry(agency.agencyId, () =>
      harness.client.SaveCustomField({ key: 'crm_id', label: 'CRM number' }, { actor: agency.owner }),
    );
    expect(relabelled).toMatchObject({ before: { label: 'CRM id' }, after: { label: 'CRM number' } });
    const deleted = await theEntry(agency.agencyId, () =>
      harness.client.DeleteCustomField({ key: 'crm_id' }, { actor: agency.owner }),
    );
    expect(deleted).toMatchObject({ action: 'custom_field.deleted', before: { label: 'CRM number' } });
  });

  it('invitation.created by the inviter, invitation.accepted by the person accepting', async () => {
    const agency = await newAgency(harness);
    const email = `ivy-${randomUUID().slice(0, 8)}@example.com`;
    let invitationId = '';
    const created = await theEntry(agency.agencyId, async () => {
      const { invitation } = await harness.client.InviteAgencyMember(
        { email, name: 'Ivy Invitee', role: 'admin' },
        { actor: agency.owner },
      );
      invitationId = invitation!.id;
    });
    expect(created).toMatchObject({
      actorId: agency.ownerId,
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: invitationId,
      after: { email, name: 'Ivy Invitee', role: 'admin', roleId: null },
    });
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.created',
      (data) => data.invitationId === invitationId,
    );
    const userId = randomUUID();
    const accepted = await theEntry(agency.agencyId, () =>
      harness.client.ClaimInvitation({
        token: String(event.data.token),
        userId,
        userName: 'Ivy Invitee',
        userEmail: email,
      }),
    );
    expect(accepted).toMatchObject({
      actorId: userId,
      actorKind: 'user',
      action: 'invitation.accepted',
      targetId: invitationId,
      after: { userId, role: 'admin', memberAdded: true },
    });
  });

  it('member.role_changed, agency.ownership_transferred and member.removed', async () => {
    const agency = await newAgency(harness);
    const mia = await addMember(harness, agency, 'member', 'Mia Member');
    const changed = await theEntry(agency.agencyId, () =>
      harness.client.ChangeMemberRole({ userId: mia.userId, role: 'admin' }, { actor: agency.owner }),
    );
    expect(changed).toMatchObject({
      action: 'member.role_changed',
      targetType: 'member',
      targetId: mia.userId,
      before: { role: 'member', roleId: null },
      after: { role: 'admin', roleId: null },
    });
    const transferred = await theEntry(agency.agencyId, () =>
      harness.client.TransferOwnership({ newOwnerId: mia.userId }, { actor: agency.owner }),
    );
    expect(transferred).toMatchObject({
      actorId: agency.ownerId,
      action: 'agency.ownership_transferred',
      targetId: agency.agencyId,
      before: { ownerId: agency.ownerId },
      after: { ownerId: mia.userId },
    });
    const removed = await theEntry(agency.agencyId, () =>
      harness.client.RemoveMember({ userId: agency.ownerId }, { actor: mia }),
    );
    expect(removed).toMatchObject({
      actorId: mia.userId,
      action: 'member.removed',
      targetId: agency.ownerId,
      before: { role: 'admin', name: 'Olive Owner' },
    });
  });

  it('a write that fails its rules leaves no entry', async () => {
    const agency = await newAgency(harness);
    const clientId = await newClient(agency);
    const stranger = randomUUID();
    expect(
      await written(agency.agencyId, async () => {
        expect(
          await problem(
            harness.client.UpdateClient(
              { clientId, name: 'Renamed', ownerId: stranger },
              { actor: agency.owner },
            ),
          ),
        ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'ownerId' }] });
        expect(
          await problem(
            harness.client.SetClientTeam(
              { clientId, ownerId: agency.ownerId, memberIds: [stranger] },
              { actor: agency.owner },
            ),
          ),
        ).toMatchObject({ code: 'validation_failed' });
        expect(
          await problem(harness.client.UpdateAgency({ timeZone: 'Mars/Olympus' }, { actor: agency.owner })),
        ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'timeZone' }] });
      }),
    ).toEqual([]);
    const { client } = await harness.client.GetClient({ clientId }, { actor: agency.owner });
    expect(client!.name).toBe('Contoso Dental');
  });

  it('records the request id, the API key and the client an agency user switched into', async () => {
    const agency = await newAgency(harness);
    const clientId = await newClient(agency);
    const requestId = `req-${randomUUID()}`;
    const viaRequest = await theEntry(agency.agencyId, () =>
      runWithContext({ requestId }, () =>
        harness.client.UpdateClient({ clientId, description: 'From a request' }, { actor: agency.owner }),
      ),
    );
    expect(viaRequest.requestId).toBe(requestId);

    const keyId = randomUUID();
    const key: Actor = {
      userId: keyId,
      agencyId: agency.agencyId,
      apiKeyId: keyId,
      apiKeyPermissions: ['clients:read_all', 'clients:update'],
    };
    const viaKey = await theEntry(agency.agencyId, () =>
      harness.client.UpdateClient({ clientId, description: 'From a key' }, { actor: key }),
    );
    expect(viaKey).toMatchObject({ actorId: keyId, actorKind: 'api_key' });

    const switched: Actor = { ...agency.owner, actingAsClientId: clientId };
    const viaSwitch = await theEntry(agency.agencyId, () =>
      harness.client.UpdateClient({ clientId, description: 'While switched' }, { actor: switched }),
    );
    expect(viaSwitch).toMatchObject({ actorId: agency.ownerId, actingAsClientId: clientId });
  });
});

describe('reading the audit log', () => {
  let agency: TestAgency;
  let admin: Actor & { agencyId: string };
  let clientA: string;
  let clientB: string;

  beforeAll(async () => {
    agency = await newAgency(harness, 'Log Readers');
    admin = await addMember(harness, agency, 'admin', 'Ada Admin');
    clientA = await newClient(agency, 'Alpha');
    clientB = await newClient(agency, 'Beta');
    await harness.client.UpdateClient(
      { clientId: clientA, website: 'https://alpha.example' },
      { actor: admin },
    );
    await harness.client.DeactivateClient({ clientId: clientB }, { actor: admin });
    await harness.client.SaveCustomField({ key: 'crm', label: 'CRM' }, { actor: admin });
  });

  async function list(request: Parameters<typeof harness.client.ListAuditEntries>[0], actor: Actor = admin) {
    return harness.client.ListAuditEntries(request, { actor });
  }

  it('is for agency owners and admins only', async () => {
    const member = await addMember(harness, agency, 'member', 'Mel Member');
    const { role } = await harness.client.CreateAgencyRole(
      { name: 'Auditors?', permissions: ['clients:read_all', 'members:manage', 'organization:manage'] },
      { actor: agency.owner },
    );
    const custom = await addMember(harness, agency, 'member', 'Cus Tom');
    await harness.client.ChangeMemberRole(
      { userId: custom.userId, role: '', roleId: role!.id },
      { actor: agency.owner },
    );
    const keyId = randomUUID();
    const key: Actor = {
      userId: keyId,
      agencyId: agency.agencyId,
      apiKeyId: keyId,
      apiKeyPermissions: ['members:manage', 'organization:manage'],
    };
    for (const actor of [member, custom, key])
      expect(await problem(list({}, actor))).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await list({}, agency.owner)).entries.length).toBeGreaterThan(0);
    const stranger = await newAgency(harness);
    expect(await problem(list({}, { userId: stranger.ownerId, agencyId: agency.agencyId }))).toMatchObject({
      code: 'not_found',
    });
  });

  it('lists newest first with actor names, page by page with a stable cursor', async () => {
    const all = await entriesOf(agency.agencyId);
    const newestFirst = [...all].reverse().map((entry) => entry.id);
    const seen: string[] = [];
    let cursor = '';
    do {
      const page = await list({ limit: 3, cursor });
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.entries.map((entry) => entry.id));
      cursor = page.nextCursor;
      // A write meanwhile is newer than every page: it never shifts the walk.
      if (seen.length === 3)
        await harness.client.SaveCustomField({ key: 'late', label: 'Late' }, { actor: agency.owner });
    } while (cursor);
    expect(seen).toEqual(newestFirst);
    const { entries } = await list({ limit: 1, actorId: admin.userId });
    expect(entries[0]).toMatchObject({
      actor: { id: admin.userId, kind: 'user', name: 'Ada Admin' },
      action: 'custom_field.saved',
      targetType: 'custom_field',
      targetId: 'crm',
      afterJson: JSON.stringify({ label: 'CRM' }),
      beforeJson: '',
    });
    expect(await problem(list({ cursor: 'nonsense' }))).toMatchObject({ fields: [{ field: 'cursor' }] });
    expect(await problem(list({ limit: 101 }))).toMatchObject({ fields: [{ field: 'limit' }] });
  });

  it('filters by actor, target, client, action or action prefix, and time', async () => {
    const byAdmin = await list({ actorId: admin.userId, limit: 100 });
    expect(byAdmin.entries.map((entry) => entry.action).sort()).toEqual(
      ['client.deactivated', 'client.updated', 'custom_field.saved', 'invitation.accepted'].sort(),
    );
    const aboutA = await list({ targetId: clientA, limit: 100 });
    expect(aboutA.entries.map((entry) => entry.action)).toEqual(['client.updated', 'client.created']);
    const ofB = await list({ clientId: clientB, limit: 100 });
    expect(ofB.entries.map((entry) => entry.action)).toEqual(['client.deactivated', 'client.created']);
    const created = await list({ action: 'client.created', limit: 100 });
    expect(created.entries.map((entry) => entry.targetId).sort()).toEqual([clientA, clientB].sort());
    const clientActions = await list({ action: 'client.*', limit: 100 });
    expect(new Set(clientActions.entries.map((entry) => entry.action))).toEqual(
      new Set(['client.created', 'client.updated', 'client.deactivated']),
    );
    // "_" is a character, not a LIKE wildcard.
    expect((await list({ action: 'custom_field.*', limit: 100 })).entries.length).toBeGreaterThan(0);
    expect((await list({ action: 'customxfield.*', limit: 100 })).entries).toEqual([]);

    const all = await entriesOf(agency.agencyId);
    const middle = all[Math.floor(all.length / 2)]!;
    const from = middle.occurredAt.toISOString();
    const later = await list({ from, limit: 100 });
    expect(later.entries.every((entry) => entry.occurredAt >= from)).toBe(true);
    expect(later.entries.map((entry) => entry.id)).toContain(middle.id);
    const earlier = await list({ to: from, limit: 100 });
    expect(earlier.entries.every((entry) => entry.occurredAt < from)).toBe(true);
    expect(earlier.entries.length + later.entries.length).toBe(all.length);
  });

  it('names each bad filter', async () => {
    expect(
      await problem(
        list({
          actorId: 'me',
          clientId: 'nope',
          action: 'DROP TABLE',
          from: '2026-12-02T00:00:00Z',
          to: 'yesterday',
        }),
      ),
    ).toMatchObject({
      status: 400,
      code: 'validation_failed',
      fields: [{ field: 'actorId' }, { field: 'clientId' }, { field: 'action' }, { field: 'to' }],
    });
    expect(
      await problem(list({ from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00+01:00' })),
    ).toMatchObject({
      fields: [{ field: 'from', message: 'must not be later than to' }],
    });
  });

  it("never shows another agency's entries, even to a query that forgets its filter", async () => {
    const other = await newAgency(harness, 'Other Agency');
    await newClient(other, 'Other Client');
    const theirs = await list({ limit: 100 }, other.owner);
    expect(theirs.entries.map((entry) => entry.action).sort()).toEqual(['agency.created', 'client.created']);
    expect((await list({ targetId: clientA }, other.owner)).entries).toEqual([]);
    const app: Db = createDb(harness.databaseUrl, { poolSize: 1, appRole: 'atrium_tenancy_app' });
    try {
      const rows = await inTenant(app, { agencyId: other.agencyId }, (tx) =>
        tx.$queryRawUnsafe<{ agency_id: string }[]>('SELECT agency_id FROM audit_entries'),
      );
      expect(new Set(rows.map((row) => row.agency_id))).toEqual(new Set([other.agencyId]));
    } finally {
      await app.$disconnect();
    }
  });
});
