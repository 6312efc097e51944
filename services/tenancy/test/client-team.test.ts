import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { inTenant } from '../src/store/tenant';
import { addMember, newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_client_team');
});

afterAll(async () => {
  await harness?.stop();
});

async function newClient(agency: TestAgency, name = 'Contoso Dental'): Promise<tenancy.Client__Output> {
  const { client } = await harness.client.CreateClient({ name }, { actor: agency.owner });
  if (!client) throw new Error('CreateClient answered without a client');
  return client;
}

function teamChanged(clientId: string) {
  return harness.nextEvent('atrium.tenancy.v1.client.team_changed', (data) => data.clientId === clientId);
}

function apiKey(agency: TestAgency, permissions: string[]): Actor & { agencyId: string } {
  const keyId = randomUUID();
  return { userId: keyId, apiKeyId: keyId, agencyId: agency.agencyId, apiKeyPermissions: permissions };
}

describe('setting and reading a client team', () => {
  it('keeps the team by name without the owner, lets its members enter and announces it', async () => {
    const agency = await newAgency(harness);
    const zoe = await addMember(harness, agency, 'member', 'Zoe Zimmer');
    const amy = await addMember(harness, agency, 'member', 'amy Adams');
    const outsider = await addMember(harness, agency, 'member', 'Otto Outside');
    const client = await newClient(agency);
    const answer = await harness.client.SetClientTeam(
      {
        clientId: client.id,
        ownerId: agency.ownerId,
        memberIds: [zoe.userId, amy.userId, zoe.userId, agency.ownerId],
      },
      { actor: agency.owner },
    );
    expect(answer).toEqual({
      ownerId: agency.ownerId,
      ownerName: 'Olive Owner',
      members: [
        { userId: amy.userId, name: 'amy Adams', email: expect.stringContaining('@example.com') },
        { userId: zoe.userId, name: 'Zoe Zimmer', email: expect.stringContaining('@example.com') },
      ],
    });
    const event = await teamChanged(client.id);
    expect(event.data).toEqual({
      agencyId: agency.agencyId,
      clientId: client.id,
      ownerId: agency.ownerId,
      memberIds: [amy.userId, zoe.userId],
      previousOwnerId: agency.ownerId,
      changedBy: agency.ownerId,
    });
    expect(await harness.client.GetClientTeam({ clientId: client.id }, { actor: zoe })).toEqual(answer);
    expect(
      await problem(harness.client.GetClientTeam({ clientId: client.id }, { actor: outsider })),
    ).toMatchObject({ code: 'not_found' });

    await harness.client.SetClientTeam(
      { clientId: client.id, ownerId: agency.ownerId, memberIds: [amy.userId] },
      { actor: agency.owner },
    );
    expect(await problem(harness.client.GetClient({ clientId: client.id }, { actor: zoe }))).toMatchObject({
      code: 'not_found',
    });
  });

  it('publishes nothing when neither the owner nor the team changes', async () => {
    const agency = await newAgency(harness);
    const bo = await addMember(harness, agency, 'member', 'Bo Member');
    const client = await newClient(agency);
    const set = { clientId: client.id, ownerId: agency.ownerId, memberIds: [bo.userId] };
    await harness.client.SetClientTeam(set, { actor: agency.owner });
    await teamChanged(client.id);
    await harness.client.SetClientTeam(set, { actor: agency.owner });
    await harness.client.SetClientTeam({ ...set, memberIds: [] }, { actor: agency.owner });
    await harness.nextEvent(
      'atrium.tenancy.v1.client.team_changed',
      (data) => data.clientId === client.id && (data.memberIds as string[]).length === 0,
    );
    const published = harness.events.filter(
      (event) => event.type === 'atrium.tenancy.v1.client.team_changed' && event.data.clientId === client.id,
    );
    expect(published).toHaveLength(2);
  });
});

describe('handing a client over', () => {
  it('an admin hands it to a member, who then owns it; the owner is a client field, so client.updated too', async () => {
    const agency = await newAgency(harness);
    const admin = await addMember(harness, agency, 'admin', 'Ann Admin');
    const heir = await addMember(harness, agency, 'member', 'Hal Heir');
    const client = await newClient(agency);
    const answer = await harness.client.SetClientTeam(
      { clientId: client.id, ownerId: heir.userId, memberIds: [agency.ownerId] },
      { actor: admin },
    );
    expect(answer).toMatchObject({
      ownerId: heir.userId,
      ownerName: 'Hal Heir',
      members: [{ userId: agency.ownerId }],
    });
    expect((await teamChanged(client.id)).data).toMatchObject({
      ownerId: heir.userId,
      previousOwnerId: agency.ownerId,
      changedBy: admin.userId,
    });
    const updated = await harness.nextEvent(
      'atrium.tenancy.v1.client.updated',
      (data) => data.clientId === client.id,
    );
    expect(updated.data).toMatchObject({ changedFields: ['ownerId'], client: { ownerId: heir.userId } });
    const { client: seen } = await harness.client.GetClient({ clientId: client.id }, { actor: heir });
    expect(seen).toMatchObject({ ownerId: heir.userId, ownerName: 'Hal Heir' });
  });

  it('needs clients:manage_team, and a handover needs the owner or an agency owner or admin', async () => {
    const agency = await newAgency(harness);
    const member = await addMember(harness, agency, 'member', 'Mo Member');
    const client = await newClient(agency);
    await harness.client.SetClientTeam(
      { clientId: client.id, ownerId: agency.ownerId, memberIds: [member.userId] },
      { actor: agency.owner },
    );
    expect(
      await problem(
        harness.client.SetClientTeam(
          { clientId: client.id, ownerId: agency.ownerId, memberIds: [] },
          { actor: member },
        ),
      ),
    ).toMatchObject({ status: 403, code: 'forbidden' });

    const key = apiKey(agency, ['clients:read_all', 'clients:manage_team']);
    const keyed = await harness.client.SetClientTeam(
      { clientId: client.id, ownerId: agency.ownerId, memberIds: [] },
      { actor: key },
    );
    expect(keyed.members).toEqual([]);
    expect(
      await problem(
        harness.client.SetClientTeam(
          { clientId: client.id, ownerId: member.userId, memberIds: [] },
          { actor: key },
        ),
      ),
    ).toMatchObject({ code: 'forbidden' });
    const { client: kept } = await harness.client.GetClient({ clientId: client.id }, { actor: agency.owner });
    expect(kept?.ownerId).toBe(agency.ownerId);
  });
});

describe('refusals', () => {
  it('names ownerId and memberIds when they are not members of the agency', async () => {
    const agency = await newAgency(harness);
    const other = await newAgency(harness, 'Other Agency');
    const client = await newClient(agency);
    const failure = await problem(
      harness.client.SetClientTeam(
        { clientId: client.id, ownerId: other.ownerId, memberIds: [randomUUID(), 'not-an-id'] },
        { actor: agency.owner },
      ),
    );
    expect(failure).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(failure.fields?.map((field) => field.field).sort()).toEqual(['memberIds', 'ownerId']);
    const missing = await problem(
      harness.client.SetClientTeam(
        { clientId: client.id, ownerId: '', memberIds: [] },
        { actor: agency.owner },
      ),
    );
    expect(missing.fields).toEqual([{ field: 'ownerId', message: 'is required' }]);
  });

  it("another agency's client is not_found, one being deleted client_deleted", async () => {
    const agency = await newAgency(harness);
    const other = await newAgency(harness, 'Other Agency');
    const theirs = await newClient(other);
    for (const call of [
      harness.client.GetClientTeam({ clientId: theirs.id }, { actor: agency.owner }),
      harness.client.SetClientTeam(
        { clientId: theirs.id, ownerId: agency.ownerId, memberIds: [] },
        { actor: agency.owner },
      ),
      harness.client.GetClientTeam({ clientId: 'not-an-id' }, { actor: agency.owner }),
    ])
      expect(await problem(call)).toMatchObject({ code: 'not_found' });
    const mine = await newClient(agency);
    await inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
      tx.client.update({ where: { id: mine.id }, data: { status: 'deleting' } }),
    );
    expect(
      await problem(harness.client.GetClientTeam({ clientId: mine.id }, { actor: agency.owner })),
    ).toMatchObject({
      status: 410,
      code: 'client_deleted',
    });
    expect(
      await problem(
        harness.client.SetClientTeam(
          { clientId: mine.id, ownerId: agency.ownerId, memberIds: [] },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'client_deleted' });
  });
});
