import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { jetstreamManager } from '@nats-io/jetstream';
import { Client } from 'pg';
import { connectNats, deleteStreams, ensureStream, type NatsConnection } from '@atrium/events';
import { createLogger } from '@atrium/logger';
import {
  createTestDatabase,
  freePort,
  getTestServers,
  testNamespace,
  type TestDatabase,
} from '@atrium/testing';
import { Job } from 'kubernetes-models/batch/v1';
import type { IContainer } from 'kubernetes-models/v1';

import { REPO_ROOT, removeBuiltCharts, render, type RenderOptions } from './support/helm';
import { ofKind } from './support/kubernetes';

/**
 * The hook Jobs' containers, run here as the image runs them: the repository stands in for /app, and
 * Secrets for the values given. They run compiled code, as the image does (make build).
 */

const run = promisify(execFile);

interface Outcome {
  code: number;
  output: string;
}

async function runContainer(container: IContainer, secrets: Record<string, string> = {}): Promise<Outcome> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  for (const variable of container.env ?? []) {
    env[variable.name] = variable.value ?? secrets[variable.name] ?? '';
  }
  const [command, ...args] = container.args!.map((arg) => arg.replace(/^\/app\//, `${REPO_ROOT}/`));
  expect(command).toBe('node');
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env, timeout: 20000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

function jobOf(name: string, options: RenderOptions): Job {
  const job = ofKind(render(options), Job).find((candidate) => candidate.metadata!.name === name);
  if (!job) throw new Error(`no Job ${name}`);
  return job as Job;
}

beforeAll(() => {
  for (const file of ['libs/db/dist/cli.js', 'libs/events/dist/index.js']) {
    if (!existsSync(path.join(REPO_ROOT, file))) throw new Error(`${file} is missing: run make build first`);
  }
});
afterAll(removeBuiltCharts);

describe('the migration Job', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('migrations_job');
    // The Job's init container is to create it.
    await database.drop();
  });
  afterAll(() => database.drop());

  test('creates the database, applies every migration once, and changes nothing when run again', async () => {
    const job = jobOf('atrium-tenancy-migrations', { valueSet: 'dev' });
    const createDatabase = job.spec!.template.spec!.initContainers![0]!;
    const migrate = job.spec!.template.spec!.containers[0]!;
    const secrets = { DATABASE_URL: database.url };
    const migrations = readdirSync(path.join(REPO_ROOT, 'services/tenancy/prisma/migrations'), {
      withFileTypes: true,
    }).filter((entry) => entry.isDirectory());

    await expect(runContainer(createDatabase, secrets)).resolves.toEqual({
      code: 0,
      output: expect.stringContaining(`created database ${database.name}`),
    });
    await expect(runContainer(migrate, secrets)).resolves.toEqual({
      code: 0,
      output: expect.stringContaining(`applied ${migrations.length} migration(s) to ${database.name}`),
    });
    await expect(runContainer(migrate, secrets)).resolves.toEqual({
      code: 0,
      output: expect.stringContaining(`database ${database.name} is up to date`),
    });

    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
      );
      expect(rows.map((row: { migration_name: string }) => row.migration_name)).toEqual(
        migrations.map((entry) => entry.name).sort(),
      );
    } finally {
      await client.end();
    }
  });
});

describe('the stream Job', () => {
  const namespace = testNamespace();
  const logger = createLogger('charts-test', 'silent');
  let natsUrl: string;
  let nc: NatsConnection;

  beforeAll(async () => {
    natsUrl = (await getTestServers()).natsUrl;
    nc = await connectNats({ servers: natsUrl, name: 'charts-test', logger });
  });
  afterAll(async () => {
    await deleteStreams(nc, namespace);
    await nc.drain();
  });

  test("creates the service's stream with the configured replicas, which the service then keeps", async () => {
    const job = jobOf('atrium-tenancy-streams', {
      values: { global: { nats: { url: natsUrl, streamReplicas: 3 }, events: { namespace } } },
    });
    const container = job.spec!.template.spec!.containers[0]!;
    const stream = `${namespace.toUpperCase()}_ATRIUM_TENANCY`;

    await expect(runContainer(container)).resolves.toEqual({
      code: 0,
      output: expect.stringContaining('stream ready'),
    });
    const jsm = await jetstreamManager(nc);
    const created = (await jsm.streams.info(stream)).config;
    expect(created.subjects).toEqual([`${namespace}.atrium.tenancy.v1.>`]);
    expect(created.num_replicas).toBe(3);

    // What tenancy does at every start must not undo it, and the Job may run again on the next upgrade.
    await ensureStream(nc, 'tenancy', namespace);
    await expect(runContainer(container)).resolves.toMatchObject({ code: 0 });
    expect((await jsm.streams.info(stream)).config.num_replicas).toBe(3);
  });

  test('fails, saying why, when NATS does not answer', async () => {
    const unreachable = `nats://127.0.0.1:${await freePort()}`;
    const job = jobOf('atrium-identity-streams', { values: { global: { nats: { url: unreachable } } } });
    const outcome = await runContainer(job.spec!.template.spec!.containers[0]!);
    expect(outcome.code).toBe(1);
    expect(outcome.output).toContain('stream provisioning failed');
    expect(outcome.output).toContain('ECONNREFUSED');
  });
});
