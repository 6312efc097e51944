import { createLogger } from '@atrium/logger';
import { createClient, loadProto } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type billing, type BillingProto } from '@atrium/proto';
import {
  createTestDatabase,
  freePort,
  getTestServers,
  startBackendProcess,
  testNamespace,
  type TestDatabase,
} from '@atrium/testing';
import { connectNats, deleteStreams } from '@atrium/events';
import pg from 'pg';
import { BILLING_MAIN } from './support';

// billing as it is deployed: its build in a process of its own, configured by environment only.
let database: TestDatabase;
let natsUrl: string;
const namespace = testNamespace();

beforeAll(async () => {
  ({ natsUrl } = await getTestServers());
  database = await createTestDatabase('billing_start_up');
});

afterAll(async () => {
  const nc = await connectNats({
    servers: natsUrl,
    name: 'billing-start-up',
    logger: createLogger('test', 'silent'),
  });
  await deleteStreams(nc, namespace);
  await nc.drain();
  await database?.drop();
});

function environment(port: number, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: database.url,
    NATS_URL: natsUrl,
    EVENTS_NAMESPACE: namespace,
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: String(port),
    METRICS_PORT: '0',
    LOG_LEVEL: 'info',
    SHUTDOWN_GRACE_MS: '1000',
    ...overrides,
  };
}

function healthClient(port: number) {
  const proto = loadProto<BillingProto>(SERVICE_PROTO_FILES.billing);
  return createClient<billing.BillingServiceDefinition>(
    proto.atrium.billing.v1.BillingService,
    `127.0.0.1:${port}`,
    { deadlineMs: 2000 },
  );
}

it('refuses to start with a bad setting and names the variable', async () => {
  const port = await freePort();
  const failure = await startBackendProcess({
    entry: BILLING_MAIN,
    env: environment(port, { DATABASE_APP_ROLE: 'Not A Role', DATABASE_POOL_SIZE: 'many' }),
    port,
    ready: async () => false,
    readyTimeoutMs: 10_000,
  }).then(
    () => '',
    (error: Error) => error.message,
  );
  // libs/config's exit code for a bad configuration.
  expect(failure).toMatch(/exited \(78\) before it was ready/);
  expect(failure).toMatch(/DATABASE_APP_ROLE: must be a lower-case Postgres role name/);
  expect(failure).toMatch(/DATABASE_POOL_SIZE/);
});

it('migrates its database, serves, and stops in order on SIGTERM', async () => {
  const port = await freePort();
  const client = healthClient(port);
  try {
    const running = await startBackendProcess({
      entry: BILLING_MAIN,
      env: environment(port),
      port,
      ready: () => client.checkHealth(1000),
    });
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const { rows } = await admin
      .query<{ name: string }>(
        'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
      )
      .finally(() => admin.end());
    expect(rows.map((row) => row.name).sort()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/_init$/),
        expect.stringMatching(/_clients$/),
        expect.stringMatching(/_credits$/),
      ]),
    );
    await running.stop();
    expect(running.output()).toMatch(/billing stopped/);
  } finally {
    client.close();
  }
});
