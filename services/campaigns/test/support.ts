import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import pg from 'pg';
import { parseConfig } from '@atrium/config';
import { connectNats, deleteStreams, streamOf, subjectOf, type NatsConnection } from '@atrium/events';
import {
  createClient,
  loadProto,
  problemFromGrpcError,
  type Actor,
  type Problem,
  type ServiceClient,
} from '@atrium/grpc';
import { createLogger } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type campaigns, type CampaignsProto } from '@atrium/proto';
import type { RunningBackend } from '@atrium/runtime';
import {
  createTestDatabase,
  eventually,
  getTestServers,
  recordEvents,
  testNamespace,
  type RecordedEvent,
  type TestDatabase,
} from '@atrium/testing';
import { startCampaigns } from '../src/app';
import { campaignsConfigShape } from '../src/config';
import type { Db } from '../src/store/db';

/** campaigns's build (make build), for the tests that run it as its own process. */
export const CAMPAIGNS_MAIN = path.resolve(__dirname, '../dist/main.js');

export type CampaignsClient = ServiceClient<campaigns.CampaignsServiceDefinition>;

/** campaigns in this process on a test database of its own, with every event it publishes collected. */
export interface Harness {
  backend: RunningBackend<Db>;
  client: CampaignsClient;
  database: TestDatabase;
  /** The database as its owner sees it, past row-level security: for seeing what a test did. */
  owner: pg.Pool;
  namespace: string;
  nc: NatsConnection;
  /** What campaigns published, in order. */
  events: RecordedEvent[];
  /** Publishes an event as tenancy's relay does; resolves to its id. */
  publishTenancyEvent(type: string, data: object, options?: { id?: string; time?: Date }): Promise<string>;
  /** Waits until campaigns's consumer of tenancy's stream has settled every event published so far. */
  settled(): Promise<void>;
  /** Waits until that consumer has been handed every event published so far, at least once. */
  delivered(): Promise<void>;
  stop(): Promise<void>;
}

export async function startHarness(label: string): Promise<Harness> {
  const { natsUrl } = await getTestServers();
  const database = await createTestDatabase(label);
  const namespace = testNamespace();
  const nc = await connectNats({
    servers: natsUrl,
    name: `campaigns-test-${label}`,
    logger: createLogger('test', 'silent'),
  });
  const recorder = recordEvents(nc, subjectOf('atrium.campaigns.v1.>', namespace));
  const backend = await startCampaigns(
    parseConfig(campaignsConfigShape, {
      DATABASE_URL: database.url,
      NATS_URL: natsUrl,
      EVENTS_NAMESPACE: namespace,
      GRPC_HOST: '127.0.0.1',
      GRPC_PORT: '0',
      METRICS_PORT: '0',
      DATABASE_POOL_SIZE: '4',
      SHUTDOWN_GRACE_MS: '1000',
      COUNTERS_MIN_INTERVAL_MS: '500',
      // A prospect cleanup of a few prospects runs in several batches (test/prospect-cleanup.test.ts).
      CLEANUP_BATCH_SIZE: '2',
      LOG_LEVEL: 'silent',
    }),
    createLogger('campaigns', (process.env.CAMPAIGNS_TEST_LOG_LEVEL ?? 'silent') as 'silent'),
  );
  const proto = loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns);
  const client = createClient<campaigns.CampaignsServiceDefinition>(
    proto.atrium.campaigns.v1.CampaignsService,
    `127.0.0.1:${backend.port}`,
    { deadlineMs: 5000 },
  );
  const tenancyStream = streamOf('tenancy', namespace).name;
  const owner = new pg.Pool({ connectionString: database.url, max: 2 });
  return {
    backend,
    client,
    database,
    owner,
    namespace,
    nc,
    events: recorder.events,
    async publishTenancyEvent(type, data, options = {}) {
      const id = options.id ?? randomUUID();
      const h = headers();
      h.set('ce-specversion', '1.0');
      h.set('ce-id', id);
      h.set('ce-type', type);
      h.set('ce-source', '/atrium/tenancy');
      h.set('ce-time', (options.time ?? new Date()).toISOString());
      h.set('ce-subject', 'test');
      h.set('content-type', 'application/json');
      // A message id of its own, so a repeated event id arrives again as a redelivery would.
      await jetstream(nc).publish(subjectOf(type, namespace), JSON.stringify(data), {
        msgID: randomUUID(),
        headers: h,
      });
      return id;
    },
    async settled() {
      const jsm = await jetstreamManager(nc);
      const { state } = await jsm.streams.info(tenancyStream);
      await eventually(
        async () => {
          const info = await jsm.consumers.info(tenancyStream, 'campaigns-tenancy');
          return info.ack_floor.stream_seq >= state.last_seq && info.num_ack_pending === 0 ? true : undefined;
        },
        20_000,
        "campaigns's consumer to settle tenancy's stream",
      );
    },
    async delivered() {
      const jsm = await jetstreamManager(nc);
      const { state } = await jsm.streams.info(tenancyStream);
      await eventually(
        async () => {
          const info = await jsm.consumers.info(tenancyStream, 'campaigns-tenancy');
          return info.delivered.stream_seq >= state.last_seq ? true : undefined;
        },
        20_000,
        "campaigns's consumer to be handed tenancy's events",
      );
    },
    async stop() {
      client.close();
      await owner.end();
      await backend.stop();
      recorder.stop();
      await deleteStreams(nc, namespace);
      await nc.drain();
      await database.drop();
    },
  };
}

/** A client's ids in a new agency, as tenancy's events carry them. */
export function newClient(agencyId: string = randomUUID()): { agencyId: string; clientId: string } {
  return { agencyId, clientId: randomUUID() };
}

/** Announces a client as tenancy does when it is created. */
export function clientCreated(client: { agencyId: string; clientId: string }): object {
  return {
    ...client,
    name: 'Blue Bottle',
    ownerId: randomUUID(),
    createdBy: randomUUID(),
  };
}

/** The client permissions of each client role (docs/product.md "Client roles"), as tenancy resolves them. */
export const CLIENT_ROLE_PERMISSIONS = {
  primary: [
    'templates:write',
    'lists:write',
    'field_mappings:write',
    'campaigns:write',
    'goals:write',
    'campaign_settings:write',
    'campaign_status:toggle',
    'users:manage',
    'plan:change',
    'credits:manage',
    'invoices:read',
    'payment_methods:manage',
  ],
  administrator: [
    'templates:write',
    'lists:write',
    'field_mappings:write',
    'campaigns:write',
    'goals:write',
    'campaign_settings:write',
    'campaign_status:toggle',
  ],
  designer: ['templates:write'],
  read_only: [],
} as const;

export type ClientRoleName = keyof typeof CLIENT_ROLE_PERMISSIONS;

/**
 * The actor the gateway sends for a person inside `client`, as gRPC metadata carries it: a client user
 * of a role, or an agency user who may enter the client and so holds every client permission.
 */
export function actorIn(
  client: { agencyId: string; clientId: string },
  who: ClientRoleName | 'agency_user',
): Actor {
  const permissions =
    who === 'agency_user' ? [...CLIENT_ROLE_PERMISSIONS.primary] : [...CLIENT_ROLE_PERMISSIONS[who]];
  return {
    userId: randomUUID(),
    agencyId: client.agencyId,
    ...(who === 'agency_user' ? { actingAsClientId: client.clientId } : { clientId: client.clientId }),
    clientAccess: { clientId: client.clientId, permissions },
  };
}

/** The problem a call answered, or undefined when it succeeded. */
export async function problemOf(call: Promise<unknown>): Promise<Problem | undefined> {
  return call.then(
    () => undefined,
    (error: unknown) => problemFromGrpcError(error),
  );
}
