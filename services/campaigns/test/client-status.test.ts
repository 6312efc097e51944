import { randomUUID } from 'node:crypto';
import { problemFromGrpcError } from '@atrium/grpc';
import { nextClientStatus } from '../src/domain/client-status';
import { clientCreated, newClient, startHarness, type Harness } from './support';

describe('a client status change', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

  it('is taken when nothing is known of the client', () => {
    expect(nextClientStatus(null, { status: 'inactive', changedAt: at(1) })).toEqual({
      status: 'inactive',
      changedAt: at(1),
    });
  });

  it('replaces an older one and is ignored when older than what is known', () => {
    const known = { status: 'inactive' as const, changedAt: at(5) };
    expect(nextClientStatus(known, { status: 'active', changedAt: at(6) })).toEqual({
      status: 'active',
      changedAt: at(6),
    });
    expect(nextClientStatus(known, { status: 'active', changedAt: at(4) })).toBeNull();
  });

  it('never undoes a deletion, and a deletion wins whenever it was sent', () => {
    expect(
      nextClientStatus({ status: 'deleted', changedAt: at(1) }, { status: 'active', changedAt: at(9) }),
    ).toBeNull();
    expect(
      nextClientStatus({ status: 'active', changedAt: at(9) }, { status: 'deleted', changedAt: at(1) }),
    ).toEqual({
      status: 'deleted',
      changedAt: at(1),
    });
  });
});

describe('the client status projection', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness('campaigns_client_status');
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('follows a client through tenancy’s lifecycle events', async () => {
    const client = newClient();
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
    await harness.settled();
    expect(await harness.client.GetClientStatus(client)).toMatchObject({
      status: 'PROJECTED_CLIENT_STATUS_ACTIVE',
    });
    const deactivatedAt = new Date();
    await harness.publishTenancyEvent(
      'atrium.tenancy.v1.client.deactivated',
      { ...client, name: 'Blue Bottle', deactivatedBy: randomUUID() },
      { time: deactivatedAt },
    );
    await harness.settled();
    expect(await harness.client.GetClientStatus(client)).toEqual({
      status: 'PROJECTED_CLIENT_STATUS_INACTIVE',
      changedAt: deactivatedAt.toISOString(),
    });
    // A reactivation sent before the deactivation, handled after it (a retry), changes nothing.
    await harness.publishTenancyEvent(
      'atrium.tenancy.v1.client.reactivated',
      { ...client, name: 'Blue Bottle', reactivatedBy: randomUUID() },
      { time: new Date(deactivatedAt.getTime() - 1000) },
    );
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.deleted', client);
    await harness.settled();
    expect(await harness.client.GetClientStatus(client)).toMatchObject({
      status: 'PROJECTED_CLIENT_STATUS_DELETED',
    });
  });

  it('answers not found for a client it has heard nothing of, also in another agency', async () => {
    const client = newClient();
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
    await harness.settled();
    for (const asked of [newClient(), { agencyId: randomUUID(), clientId: client.clientId }]) {
      const problem = await harness.client.GetClientStatus(asked).then(
        () => undefined,
        (error: unknown) => problemFromGrpcError(error),
      );
      expect(problem).toMatchObject({ code: 'not_found' });
    }
  });
});
