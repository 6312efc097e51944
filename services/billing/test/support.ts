import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import pg from 'pg';
import { parseConfig } from '@atrium/config';
import { connectNats, deleteStreams, streamOf, subjectOf, type NatsConnection } from '@atrium/events';
import { createClient, loadProto, type ServiceClient } from '@atrium/grpc';
import { createLogger, type Actor } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type billing, type BillingProto } from '@atrium/proto';
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
import { startBilling } from '../src/app';
import { billingConfigShape } from '../src/config';
import type { PaymentProvider } from '../src/payments/port';
import { moveCredits } from '../src/ledger/move-credits';
import type { Db } from '../src/store/db';
import { claimMovement } from '../src/store/ledger';
import { inTenant } from '../src/store/tenant';

/** billing's build (make build), for the tests that run it as its own process. */
export const BILLING_MAIN = path.resolve(__dirname, '../dist/main.js');

export type BillingClient = ServiceClient<billing.BillingServiceDefinition>;

/** billing in this process on a test database of its own, with every event it publishes collected. */
export interface Harness {
  backend: RunningBackend<Db>;
  client: BillingClient;
  database: TestDatabase;
  /** The database as its owner sees it, past row-level security: for seeing what a test did. */
  owner: pg.Pool;
  namespace: string;
  nc: NatsConnection;
  /** What billing published, in order. */
  events: RecordedEvent[];
  /** Publishes an event as tenancy's relay does; resolves to its id. */
  publishTenancyEvent(type: string, data: object, options?: { id?: string; time?: Date }): Promise<string>;
  /** Waits until billing's consumer of tenancy's stream has settled every event published so far. */
  settled(): Promise<void>;
  /** Waits until that consumer has been handed every event published so far, at least once. */
  delivered(): Promise<void>;
  stop(): Promise<void>;
}

export async function startHarness(
  label: string,
  options: { provider?: PaymentProvider } = {},
): Promise<Harness> {
  const { natsUrl } = await getTestServers();
  const database = await createTestDatabase(label);
  const namespace = testNamespace();
  const nc = await connectNats({
    servers: natsUrl,
    name: `billing-test-${label}`,
    logger: createLogger('test', 'silent'),
  });
  const recorder = recordEvents(nc, subjectOf('atrium.billing.v1.>', namespace));
  const backend = await startBilling(
    parseConfig(billingConfigShape, {
      DATABASE_URL: database.url,
      NATS_URL: natsUrl,
      EVENTS_NAMESPACE: namespace,
      GRPC_HOST: '127.0.0.1',
      GRPC_PORT: '0',
      METRICS_PORT: '0',
      DATABASE_POOL_SIZE: '4',
      SHUTDOWN_GRACE_MS: '1000',
      LOG_LEVEL: 'silent',
    }),
    createLogger('billing', 'silent'),
    ...(options.provider ? [options.provider] : []),
  );
  const proto = loadProto<BillingProto>(SERVICE_PROTO_FILES.billing);
  const client = createClient<billing.BillingServiceDefinition>(
    proto.atrium.billing.v1.BillingService,
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
          const info = await jsm.consumers.info(tenancyStream, 'billing-tenancy');
          return info.ack_floor.stream_seq >= state.last_seq && info.num_ack_pending === 0 ? true : undefined;
        },
        20_000,
        "billing's consumer to settle tenancy's stream",
      );
    },
    async delivered() {
      const jsm = await jetstreamManager(nc);
      const { state } = await jsm.streams.info(tenancyStream);
      await eventually(
        async () => {
          const info = await jsm.consumers.info(tenancyStream, 'billing-tenancy');
          return info.delivered.stream_seq >= state.last_seq ? true : undefined;
        },
        20_000,
        "billing's consumer to be handed tenancy's events",
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

/**
 * Gives an agency credits out of its issued account, as a purchase will once the payment provider
 * exists: the tests need a balance to move.
 */
export async function issueCredits(harness: Harness, agencyId: string, amount: number): Promise<void> {
  await inTenant(harness.backend.db, { agencyId }, async (tx) => {
    const movementId = randomUUID();
    await claimMovement(tx, {
      id: movementId,
      agencyId,
      clientId: null,
      kind: 'purchase',
      idempotencyKey: `test/${movementId}`,
      requestHash: 'test',
      reason: 'purchase',
      actorId: null,
    });
    await moveCredits(tx, agencyId, movementId, [
      { debit: { kind: 'issued' }, credit: { kind: 'agency' }, amount },
    ]);
  });
}

/** An agency member as the gateway resolves one: its agency permissions and the client it entered. */
export function memberOf(
  agencyId: string,
  options: { permissions?: string[]; clientId?: string; apiKey?: boolean } = {},
): { actor: Actor } {
  const userId = randomUUID();
  const actor: Actor = {
    userId,
    agencyId,
    agencyPermissions: options.permissions ?? ['billing:manage', 'billing:read'],
  };
  if (options.apiKey) actor.apiKeyId = userId;
  if (options.clientId) actor.clientAccess = { clientId: options.clientId, permissions: ['credits:manage'] };
  return { actor };
}

/** The ledger's invariant, read past row-level security: every balance is the sum of its entries. */
export async function ledgerDiscrepancies(harness: Harness): Promise<object[]> {
  const { rows } = await harness.owner.query(
    `SELECT a.id, a.kind, a.balance::text AS balance, COALESCE(sum_in.n, 0) - COALESCE(sum_out.n, 0) AS summed
       FROM credit_accounts a
       LEFT JOIN (SELECT credit_account_id AS id, sum(amount) AS n FROM credit_entries GROUP BY 1) sum_in USING (id)
       LEFT JOIN (SELECT debit_account_id AS id, sum(amount) AS n FROM credit_entries GROUP BY 1) sum_out USING (id)
      WHERE a.balance <> COALESCE(sum_in.n, 0) - COALESCE(sum_out.n, 0) OR (a.kind <> 'issued' AND a.balance < 0)`,
  );
  return rows;
}
