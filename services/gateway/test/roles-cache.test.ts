import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { connectNats, deleteStreams, ensureStream, subjectOf, type NatsConnection } from '@atrium/events';
import { eventually, getTestServers, testNamespace } from '@atrium/testing';
import { ROLE_DELETED, ROLE_UPDATED } from '../src/events/tenancy-events';
import { request, silentLogger, startStubbedGateway, type StubbedGateway } from './support/gateway';
import { accessToken } from './support/tokens';

// An edited or deleted custom role changes what every member holding it may do, and the event names
// the role, not its holders: the gateway forgets every cached access of the agency.

let nc: NatsConnection;
let namespace: string;
let platform: StubbedGateway;

async function publish(type: string, data: object): Promise<void> {
  const h = headers();
  const id = randomUUID();
  h.set('ce-specversion', '1.0');
  h.set('ce-id', id);
  h.set('ce-type', type);
  h.set('ce-source', '/atrium/tenancy');
  h.set('ce-time', new Date().toISOString());
  h.set('content-type', 'application/json');
  await jetstream(nc).publish(subjectOf(type, namespace), JSON.stringify(data), { msgID: id, headers: h });
}

async function roleShown(userId: string, agencyId = 'agency-1'): Promise<string | undefined> {
  const token = await accessToken(platform.key, { sub: userId, sid: randomUUID(), agency: agencyId });
  const answer = await request(`${platform.gateway.url}/v1/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (answer.body as { role?: string }).role;
}

beforeAll(async () => {
  const { natsUrl } = await getTestServers();
  namespace = testNamespace();
  nc = await connectNats({ servers: natsUrl, name: 'gateway-roles-test', logger: silentLogger });
  await ensureStream(nc, 'tenancy', namespace);
  platform = await startStubbedGateway({ NATS_URL: natsUrl, EVENTS_NAMESPACE: namespace }, silentLogger, {
    followEvents: true,
  });
  await eventually(async () => platform.gateway.events?.tenancy.live || undefined, 10_000, 'the consumer');
});

afterAll(async () => {
  await platform?.stop();
  await deleteStreams(nc, namespace);
  await nc.drain();
});

test.each([ROLE_UPDATED, ROLE_DELETED])(
  '%s makes every member of that agency ask tenancy again, and no one of another agency',
  async (type) => {
    const [holder, colleague] = [randomUUID(), randomUUID()];
    for (const userId of [holder, colleague]) platform.tenancy.roles.set(userId, 'custom');
    expect(await roleShown(holder)).toBe('custom');
    expect(await roleShown(colleague)).toBe('custom');
    const elsewhere = randomUUID();
    const asked = () =>
      platform.tenancy.accessChecks.filter((check) => check.request.userId === elsewhere).length;
    await roleShown(elsewhere, 'agency-2');
    expect(asked()).toBe(1);

    for (const userId of [holder, colleague]) platform.tenancy.roles.set(userId, 'member');
    // Still cached: tenancy is not asked until the event arrives.
    expect(await roleShown(holder)).toBe('custom');
    await publish(type, {
      agencyId: 'agency-1',
      roleId: randomUUID(),
      name: 'Sales',
      permissions: [],
      changedFields: ['permissions'],
    });
    await eventually(
      async () => ((await roleShown(holder)) === 'member' ? true : undefined),
      2000,
      'the new role',
    );
    expect(await roleShown(colleague)).toBe('member');
    await roleShown(elsewhere, 'agency-2');
    expect(asked()).toBe(1);
  },
);
