import { randomUUID } from 'node:crypto';
import { runWithContext, type Actor } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { inTenant } from '../src/store/tenant';
import { addMember, newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_client_switch');
});

afterAll(async () => {
  await harness?.stop();
});

async function newClient(agency: TestAgency, name = 'Contoso Dental'): Promise<tenancy.Client__Output> {
  const { client } = await harness.client.CreateClient({ name }, { actor: agency.owner });
  if (!client) throw new Error('CreateClient answered without a client');
  return client;
}

function auditEntries(agency: TestAgency, action: string) {
  return inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
    tx.auditEntry.findMany({ where: { action }, orderBy: { occurredAt: 'asc' } }),
  );
}

function asRequest<T>(requestId: string, call: () => Promise<T>): Promise<T> {
  return runWithContext({ requestId }, call);
}

describe('starting a switch into a client', () => {
  it('lets the owner in and records client.switched with the request id', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const requestId = `switch-${randomUUID()}`;

    const answer = await asRequest(requestId, () =>
      harness.client.StartClientSwitch({ clientId: client.id }, { actor: agency.owner }),
    );

    expect(answer).toEqual({ clientId: client.id, clientName: 'Contoso Dental', clientStatus: 'active' });
    const entries = await auditEntries(agency, 'client.switched');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: agency.ownerId,
      actorKind: 'user',
      actingAsClientId: null,
      targetType: 'client',
      targetId: client.id,
      clientId: client.id,
      requestId,
    });
  });

  it('lets a team member into an inactive client, whose data stays readable', async () => {
    const agency = await newAgency(harness);
    const member = await addMember(harness, agency, 'member', 'Tess Team');
    const client = await newClient(agency);
    await harness.client.SetClientTeam(
      { clientId: client.id, ownerId: agency.ownerId, memberIds: [member.userId] },
      { actor: agency.owner },
    );
    await harness.client.DeactivateClient({ clientId: client.id }, { actor: agency.owner });

    const answer = await harness.client.StartClientSwitch({ clientId: client.id }, { actor: member });
    expect(answer.clientStatus).toBe('inactive');
    expect(await auditEntries(agency, 'client.switched')).toEqual([
      expect.objectContaining({ actorId: member.userId, targetId: client.id }),
    ]);
  });

  it('answers not_found for a client the member may not enter, and records nothing', async () => {
    const agency = await newAgency(harness);
    const outsider = await addMember(harness, agency, 'member', 'Otto Outside');
    const client = await newClient(agency);
    const elsewhere = await newAgency(harness, 'Elsewhere Ltd');
    const theirs = await newClient(elsewhere, 'Their Client');

    expect(
      await problem(harness.client.StartClientSwitch({ clientId: client.id }, { actor: outsider })),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await problem(harness.client.StartClientSwitch({ clientId: theirs.id }, { actor: agency.owner })),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await problem(harness.client.StartClientSwitch({ clientId: 'nope' }, { actor: agency.owner })),
    ).toMatchObject({ code: 'not_found' });
    expect(await auditEntries(agency, 'client.switched')).toEqual([]);
  });

  it('answers client_deleted for a client being deleted', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    await inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
      tx.client.update({ where: { id: client.id }, data: { status: 'deleting' } }),
    );

    expect(
      await problem(harness.client.StartClientSwitch({ clientId: client.id }, { actor: agency.owner })),
    ).toMatchObject({ code: 'client_deleted' });
    expect(await auditEntries(agency, 'client.switched')).toEqual([]);
  });

  it('refuses an API key, even one that reads every client', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const keyId = randomUUID();
    const key: Actor = {
      userId: keyId,
      apiKeyId: keyId,
      agencyId: agency.agencyId,
      apiKeyPermissions: ['clients:read_all', 'clients:update'],
    };

    expect(
      await problem(harness.client.StartClientSwitch({ clientId: client.id }, { actor: key })),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('refuses a caller already acting through a switch token', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const switched = { ...agency.owner, actingAsClientId: client.id, clientId: client.id };

    expect(
      await problem(harness.client.StartClientSwitch({ clientId: client.id }, { actor: switched })),
    ).toMatchObject({ code: 'forbidden' });
  });
});

describe('recording what a switch token was used for', () => {
  it('records the route and status with the real user, the client acted as and the request id', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(agency);
    const switched = { ...agency.owner, actingAsClientId: client.id, clientId: client.id };
    const requestId = `write-${randomUUID()}`;

    await asRequest(requestId, () =>
      harness.client.RecordSwitchAction(
        { method: 'PATCH', route: '/v1/clients/{id}', statusCode: 200 },
        { actor: switched },
      ),
    );

    const entries = await auditEntries(agency, 'client.switch_action');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: agency.ownerId,
      actorKind: 'user',
      actingAsClientId: client.id,
      targetType: 'route',
      targetId: 'PATCH /v1/clients/{id}',
      clientId: client.id,
      requestId,
      after: { method: 'PATCH', route: '/v1/clients/{id}', statusCode: 200 },
    });
  });

  it('refuses a caller who is not acting through a switch token', async () => {
    const agency = await newAgency(harness);
    expect(
      await problem(
        harness.client.RecordSwitchAction(
          { method: 'POST', route: '/v1/clients', statusCode: 201 },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect(await auditEntries(agency, 'client.switch_action')).toEqual([]);
  });

  it('names each field that does not describe a write request', async () => {
    const agency = await newAgency(harness);
    const switched = { ...agency.owner, actingAsClientId: randomUUID() };
    const answer = await problem(
      harness.client.RecordSwitchAction(
        { method: 'GET', route: 'no route', statusCode: 42 },
        { actor: switched },
      ),
    );
    expect(answer.code).toBe('validation_failed');
    expect(answer.fields?.map((field) => field.field)).toEqual(['method', 'route', 'statusCode']);
  });
});
