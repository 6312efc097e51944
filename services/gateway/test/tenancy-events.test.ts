import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { connectNats, deleteStreams, ensureStream, subjectOf, type NatsConnection } from '@atrium/events';
import { eventually, getTestServers, testNamespace } from '@atrium/testing';
import {
  AGENCY_OWNERSHIP_TRANSFERRED,
  AGENCY_UPDATED,
  MEMBER_REMOVED,
  MEMBER_ROLE_CHANGED,
} from '../src/events/tenancy-events';
import { request, silentLogger, startStubbedGateway, type StubbedGateway } from './support/gateway';
import { accessToken } from './support/tokens';

let nc: NatsConnection;
let namespace: string;
let platform: StubbedGateway;

/** Publishes an event the way tenancy's outbox relay does. */
async function publish(type: string, data: object): Promise<void> {
  const h = headers();
  const id = randomUUID();
  h.set('ce-specversion', '1.0');
  h.set('ce-id', id);
  h.set('ce-type', type);
  h.set('ce-source', '/atrium/tenancy');
  h.set('ce-time', new Date().toISOString());
  h.set('ce-subject', 'agencies/agency-1');
  h.set('content-type', 'application/json');
  await jetstream(nc).publish(subjectOf(type, namespace), JSON.stringify(data), { msgID: id, headers: h });
}

/** A person's GET /v1/me, as the status and the role and agency name it shows. */
async function me(userId: string): Promise<{ status: number; role?: string; agencyName?: string }> {
  const token = await accessToken(platform.key, { sub: userId, sid: randomUUID() });
  const answer = await request(`${platform.gateway.url}/v1/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = answer.body as { role?: string; agency?: { name: string } };
  return { status: answer.status, role: body.role, agencyName: body.agency?.name };
}

function eventuallyRole(userId: string, role: string) {
  return eventually(
    async () => ((await me(userId)).role === role ? true : undefined),
    2000,
    `${userId} to be shown as ${role}`,
  );
}

beforeAll(async () => {
  const { natsUrl } = await getTestServers();
  namespace = testNamespace();
  nc = await connectNats({ servers: natsUrl, name: 'gateway-test', logger: silentLogger });
  // tenancy owns the stream; here the test plays its part.
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

test('member.role_changed makes GET /v1/me ask tenancy again for that member only', async () => {
  const [changed, other] = [randomUUID(), randomUUID()];
  platform.tenancy.roles.set(changed, 'admin');
  platform.tenancy.roles.set(other, 'admin');
  expect((await me(changed)).role).toBe('admin');
  expect((await me(other)).role).toBe('admin');
  platform.tenancy.roles.set(changed, 'member');
  platform.tenancy.roles.set(other, 'member');
  // tenancy answers otherwise now, but the gateway still trusts its cached answer.
  expect((await me(changed)).role).toBe('admin');
  await publish(MEMBER_ROLE_CHANGED, {
    agencyId: 'agency-1',
    userId: changed,
    role: 'member',
    previousRole: 'admin',
    changedBy: 'user-1',
  });
  await eventuallyRole(changed, 'member');
  expect((await me(other)).role).toBe('admin');
});

test('the same person in another agency keeps their cached access', async () => {
  const person = randomUUID();
  const marker = randomUUID();
  platform.tenancy.roles.set(person, 'admin');
  platform.tenancy.roles.set(marker, 'admin');
  expect((await me(person)).role).toBe('admin');
  expect((await me(marker)).role).toBe('admin');
  platform.tenancy.roles.set(person, 'member');
  platform.tenancy.roles.set(marker, 'member');
  await publish(MEMBER_ROLE_CHANGED, { agencyId: 'agency-2', userId: person, role: 'member' });
  await publish(MEMBER_ROLE_CHANGED, { agencyId: 'agency-1', userId: marker, role: 'member' });
  // Events arrive in order: once the later one took effect, the earlier one was handled too.
  await eventuallyRole(marker, 'member');
  expect((await me(person)).role).toBe('admin');
});

test('member.removed takes the access away: GET /v1/me answers 404', async () => {
  const removed = randomUUID();
  platform.tenancy.roles.set(removed, 'member');
  expect((await me(removed)).status).toBe(200);
  platform.tenancy.roles.set(removed, 'none');
  expect((await me(removed)).status).toBe(200);
  await publish(MEMBER_REMOVED, {
    agencyId: 'agency-1',
    userId: removed,
    removedBy: 'user-1',
    clientsTransferredTo: '',
    transferredClientIds: [],
  });
  await eventually(async () => ((await me(removed)).status === 404 ? true : undefined), 2000, 'a 404');
});

test('agency.ownership_transferred refreshes both the previous and the new owner', async () => {
  const [previous, next] = [randomUUID(), randomUUID()];
  platform.tenancy.roles.set(previous, 'owner');
  platform.tenancy.roles.set(next, 'admin');
  expect((await me(previous)).role).toBe('owner');
  expect((await me(next)).role).toBe('admin');
  platform.tenancy.roles.set(previous, 'admin');
  platform.tenancy.roles.set(next, 'owner');
  await publish(AGENCY_OWNERSHIP_TRANSFERRED, {
    agencyId: 'agency-1',
    previousOwnerId: previous,
    newOwnerId: next,
  });
  await eventuallyRole(previous, 'admin');
  await eventuallyRole(next, 'owner');
});

test("agency.updated shows the new agency name in every member's GET /v1/me", async () => {
  const [first, second] = [randomUUID(), randomUUID()];
  expect((await me(first)).agencyName).toBe('Northwind');
  expect((await me(second)).agencyName).toBe('Northwind');
  platform.tenancy.agency.name = 'Northwind Partners';
  try {
    expect((await me(first)).agencyName).toBe('Northwind');
    await publish(AGENCY_UPDATED, {
      agencyId: 'agency-1',
      name: 'Northwind Partners',
      changedFields: ['name'],
    });
    await eventually(
      async () => ((await me(first)).agencyName === 'Northwind Partners' ? true : undefined),
      2000,
      'the new agency name',
    );
    expect((await me(second)).agencyName).toBe('Northwind Partners');
  } finally {
    platform.tenancy.agency.name = 'Northwind';
  }
});

test('unreadable payloads are skipped without stopping the follower', async () => {
  const person = randomUUID();
  platform.tenancy.roles.set(person, 'admin');
  expect((await me(person)).role).toBe('admin');
  platform.tenancy.roles.set(person, 'member');
  await publish(MEMBER_ROLE_CHANGED, { agencyId: 'agency-1', userId: 42 });
  await publish('atrium.tenancy.v1.client.created', { agencyId: 'agency-1', clientId: 'client-1' });
  await publish(MEMBER_ROLE_CHANGED, { agencyId: 'agency-1', userId: person, role: 'member' });
  await eventuallyRole(person, 'member');
});

test('a role changed through this replica shows at once, before any event', async () => {
  const member = randomUUID();
  platform.tenancy.roles.set(member, 'member');
  expect((await me(member)).role).toBe('member');
  platform.tenancy.roles.set(member, 'admin');
  const owner = await accessToken(platform.key);
  const changed = await request(`${platform.gateway.url}/v1/agency/members/${member}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${owner}` },
    body: { role: 'admin' },
  });
  expect(changed.status).toBe(200);
  // The stub publishes nothing: only the replica's own eviction can explain the new role.
  expect((await me(member)).role).toBe('admin');
});
