import { randomUUID } from 'node:crypto';
import { connect, headers, type NatsConnection } from '@nats-io/transport-node';
import { parseConfig } from '@atrium/config';
import { deleteStreams, ensureStream, subjectOf } from '@atrium/events';
import {
  createClient,
  loadProto,
  problemFromGrpcError,
  type Problem,
  type PromiseClient,
} from '@atrium/grpc';
import { createLogger, type Actor } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type tenancy, type TenancyProto } from '@atrium/proto';
import type { RunningBackend } from '@atrium/runtime';
import {
  createTestDatabase,
  eventually,
  getTestServers,
  testNamespace,
  type TestDatabase,
  recordEvents,
  type RecordedEvent,
} from '@atrium/testing';
import { startTenancy } from '../src/app';
import { tenancyConfigShape } from '../src/config';
import type { Db } from '../src/store/db';

export type TenancyClient = PromiseClient<tenancy.TenancyServiceDefinition> & { close(): void };

export type PublishedEvent = RecordedEvent;

export interface TestAgency {
  agencyId: string;
  ownerId: string;
  owner: Actor & { agencyId: string };
}

/** Tenancy in this process on a test database of its own, with every event it publishes collected. */
export interface Harness {
  backend: RunningBackend<Db>;
  client: TenancyClient;
  databaseUrl: string;
  /** The NATS namespace of this harness's streams and subjects. */
  namespace: string;
  events: PublishedEvent[];
  /** Publishes an event as another service's outbox relay does (`atrium.<service>.v1.…`); resolves to its id. */
  publishEvent(type: string, data: object, options?: { id?: string }): Promise<string>;
  /** The first event of `type` matching `match`, waiting for it to be published. */
  nextEvent(type: string, match?: (data: Record<string, unknown>) => boolean): Promise<PublishedEvent>;
  /** Publishes an event as billing's relay does, on billing's stream in this harness's namespace. */
  publishBillingEvent(type: string, data: object): Promise<void>;
  stop(): Promise<void>;
}

export async function startHarness(label: string, env: Record<string, string> = {}): Promise<Harness> {
  const { natsUrl } = await getTestServers();
  const database: TestDatabase = await createTestDatabase(label);
  const namespace = testNamespace();
  const nc: NatsConnection = await connect({ servers: natsUrl });
  const recorder = recordEvents(nc, subjectOf('atrium.tenancy.v1.>', namespace));
  const { events } = recorder;
  const backend = await startTenancy(
    parseConfig(tenancyConfigShape, {
      DATABASE_URL: database.url,
      NATS_URL: natsUrl,
      EVENTS_NAMESPACE: namespace,
      GRPC_HOST: '127.0.0.1',
      GRPC_PORT: '0',
      METRICS_PORT: '0',
      DATABASE_POOL_SIZE: '4',
      SHUTDOWN_GRACE_MS: '1000',
      LOG_LEVEL: 'silent',
      ...env,
    }),
    createLogger('tenancy', 'silent'),
  );
  const proto = loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy);
  const client = createClient<tenancy.TenancyServiceDefinition>(
    proto.atrium.tenancy.v1.TenancyService,
    `127.0.0.1:${backend.port}`,
    { deadlineMs: 10_000 },
  );
  return {
    backend,
    client,
    databaseUrl: database.url,
    namespace,
    events,
    async publishEvent(type, data, options = {}) {
      const id = options.id ?? randomUUID();
      const h = headers();
      h.set('ce-specversion', '1.0');
      h.set('ce-id', id);
      h.set('ce-type', type);
      h.set('ce-source', `/atrium/${type.split('.')[1]}`);
      h.set('ce-time', new Date().toISOString());
      h.set('ce-subject', 'test');
      h.set('content-type', 'application/json');
      // A message id of its own, so a repeated event id arrives again as a redelivery would. The
      // publisher's stream (which tenancy's consumer declared) keeps what lands on its subjects.
      h.set('Nats-Msg-Id', randomUUID());
      nc.publish(subjectOf(type, namespace), JSON.stringify(data), { headers: h });
      await nc.flush();
      return id;
    },
    nextEvent: (type, match = () => true) =>
      eventually(
        async () => events.find((event) => event.type === type && match(event.data)),
        10_000,
        `a ${type} event`,
      ),
    publishBillingEvent: async (type, data) => {
      await ensureStream(nc, 'billing', namespace);
      const h = headers();
      const id = randomUUID();
      for (const [name, value] of Object.entries({
        'ce-specversion': '1.0',
        'ce-id': id,
        'ce-type': type,
        'ce-source': '/atrium/billing',
        'ce-time': new Date().toISOString(),
        'ce-subject': 'test',
        'content-type': 'application/json',
      }))
        h.set(name, value);
      // A plain publish: billing's stream takes in every subject of its namespace.
      nc.publish(subjectOf(type, namespace), JSON.stringify(data), { headers: h });
      await nc.flush();
    },
    stop: async () => {
      client.close();
      await backend.stop();
      recorder.stop();
      await deleteStreams(nc, namespace);
      await nc.drain();
      await database.drop();
    },
  };
}

/** The problem a failed call answers with, as the gateway would see it. */
export async function problem(call: Promise<unknown>): Promise<Problem> {
  try {
    await call;
  } catch (error) {
    return problemFromGrpcError(error);
  }
  throw new Error('The call succeeded');
}

export async function newAgency(harness: Harness, name = 'Northwind Marketing'): Promise<TestAgency> {
  const agencyId = randomUUID();
  const ownerId = randomUUID();
  await harness.client.CreateAgency({
    agencyId,
    name,
    ownerUserId: ownerId,
    ownerName: 'Olive Owner',
    ownerEmail: `owner-${ownerId}@example.com`,
  });
  return { agencyId, ownerId, owner: { userId: ownerId, agencyId } };
}

/** Invites a person into the agency and claims the invitation as them, as identity would. */
export async function addMember(
  harness: Harness,
  agency: TestAgency,
  role: 'admin' | 'member',
  name: string,
): Promise<Actor & { agencyId: string }> {
  const userId = randomUUID();
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}-${userId.slice(0, 8)}@example.com`;
  const { invitation } = await harness.client.InviteAgencyMember(
    { email, name, role },
    { actor: agency.owner },
  );
  const created = await harness.nextEvent(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.invitationId === invitation?.id,
  );
  await harness.client.ClaimInvitation({
    token: String(created.data.token),
    userId,
    userName: name,
    userEmail: email,
  });
  return { userId, agencyId: agency.agencyId };
}

/**
 * A person invited by email as a user of the client who claimed the invitation as `userId` (a new
 * identity unless given), as identity's accept-invitation would: an active user of the client.
 */
export async function addClientUser(
  harness: Harness,
  agency: TestAgency,
  clientId: string,
  role: string,
  userId: string = randomUUID(),
): Promise<{ person: Actor & { agencyId: string }; clientUser: tenancy.ClientUser__Output }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@customer.example`;
  const created = await harness.client.CreateClientUser(
    {
      clientId,
      name: 'Cora Customer',
      email,
      role,
      position: '',
      phone: '',
      withPassword: false,
      sendInvitation: true,
    },
    { actor: agency.owner },
  );
  const invited = await harness.nextEvent(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.invitationId === created.invitation?.id,
  );
  await harness.client.ClaimInvitation({
    token: String(invited.data.token),
    userId,
    userName: 'Cora Customer',
    userEmail: email,
  });
  return { person: { userId, agencyId: agency.agencyId }, clientUser: created.clientUser! };
}

/** A new member of the agency holding a new custom role with `permissions`. */
export async function addMemberWithCustomRole(
  harness: Harness,
  agency: TestAgency,
  permissions: string[],
): Promise<{ person: Actor & { agencyId: string }; roleId: string }> {
  const person = await addMember(harness, agency, 'member', `Cody ${randomUUID().slice(0, 6)}`);
  const { role } = await harness.client.CreateAgencyRole(
    { name: `Role ${randomUUID().slice(0, 6)}`, description: '', permissions },
    { actor: agency.owner },
  );
  await harness.client.ChangeMemberRole(
    { userId: person.userId, role: '', roleId: role!.id },
    { actor: agency.owner },
  );
  return { person, roleId: role!.id };
}
