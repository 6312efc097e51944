import pg from 'pg';
import { eventually, getTestServers } from '@atrium/testing';
import { startHarness, type Harness } from './support';

// Readiness means its database and NATS answer (STYLE.md point 7), not just that the process runs.
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('campaigns_health');
});

afterAll(async () => {
  await harness?.stop();
});

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: (await getTestServers()).adminDatabaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function healthBecomes(serving: boolean): Promise<void> {
  await eventually(
    async () => ((await harness.client.checkHealth(1000)) === serving ? true : undefined),
    10_000,
    serving ? 'SERVING' : 'NOT_SERVING',
  );
}

it('serves once its database and NATS answer', async () => {
  expect(await harness.client.checkHealth(1000)).toBe(true);
});

it('reports NOT_SERVING while its database refuses connections, and SERVING once it is back', async () => {
  const name = harness.database.name;
  await admin(async (client) => {
    await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  });
  try {
    await healthBecomes(false);
  } finally {
    await admin((client) => client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`));
  }
  await healthBecomes(true);
});
