import http from 'node:http';
import { PassThrough, Writable } from 'node:stream';
import { jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import { freePort, getTestServers, testNamespace, uniqueSuffix, withDatabase } from '@atrium/testing';

// Plain CommonJS tools, like the others under tools/; these are the types the test uses of them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { reset, plan } = require('../reset.js') as {
  reset(io: {
    env: NodeJS.ProcessEnv;
    input: NodeJS.ReadableStream;
    output: NodeJS.WritableStream;
  }): Promise<number>;
  plan(env: NodeJS.ProcessEnv): {
    databases: { service: string; url: string }[];
    natsUrl: string;
    streams: string[];
  };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BACKENDS } = require('../run-all.js') as { BACKENDS: { name: string }[] };

const SERVICES = BACKENDS.map((backend) => backend.name);

/** A local platform's leftovers under names of this test's own: one database per service, the streams, the bucket. */
interface Leftovers {
  env: NodeJS.ProcessEnv;
  databases: string[];
  streams: string[];
}

let admin: Client;
let nats: NatsConnection;

beforeAll(async () => {
  const servers = await getTestServers();
  admin = new Client({ connectionString: servers.adminDatabaseUrl });
  await admin.connect();
  nats = await connect({ servers: servers.natsUrl });
});

afterAll(async () => {
  await admin?.end();
  await nats?.close();
});

async function leftovers(): Promise<Leftovers> {
  const { adminDatabaseUrl, natsUrl } = await getTestServers();
  const namespace = testNamespace();
  const suffix = uniqueSuffix();
  const env: NodeJS.ProcessEnv = {
    NATS_URL: natsUrl,
    EVENTS_NAMESPACE: namespace,
    PORT: String(await freePort()),
  };
  const databases: string[] = [];
  for (const service of SERVICES) {
    const name = `atrium_test_${suffix}_reset_${service}`;
    await admin.query(`CREATE DATABASE ${name}`);
    databases.push(name);
    env[`${service.toUpperCase()}_DATABASE_URL`] = withDatabase(adminDatabaseUrl, name);
  }
  const manager = await jetstreamManager(nats);
  const streams: string[] = [];
  for (const service of SERVICES) {
    const name = `${namespace.toUpperCase()}_ATRIUM_${service.toUpperCase()}`;
    await manager.streams.add({ name, subjects: [`${namespace}.atrium.${service}.v1.>`] });
    streams.push(name);
  }
  await new Kvm(nats).create(`atrium_idempotency_${namespace}`, { history: 1 });
  streams.push(`KV_atrium_idempotency_${namespace}`);
  return { env, databases, streams };
}

async function existing(left: Leftovers): Promise<{ databases: string[]; streams: string[] }> {
  const { rows } = await admin.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE datname = ANY($1) ORDER BY datname',
    [left.databases],
  );
  const manager = await jetstreamManager(nats);
  const streams: string[] = [];
  for (const stream of left.streams) {
    if (
      await manager.streams.info(stream).then(
        () => true,
        () => false,
      )
    )
      streams.push(stream);
  }
  return { databases: rows.map((row) => row.datname), streams };
}

async function cleanUp(left: Leftovers): Promise<void> {
  for (const name of left.databases) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  const manager = await jetstreamManager(nats);
  for (const stream of left.streams) await manager.streams.delete(stream).catch(() => undefined);
}

/** Runs a reset that reads `typed` as the user's answer; answers its status and what it printed. */
async function run(env: NodeJS.ProcessEnv, typed: string | undefined) {
  const input = new PassThrough();
  if (typed === undefined) input.end();
  else input.end(`${typed}\n`);
  let printed = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      printed += chunk.toString();
      done();
    },
  });
  const status = await reset({ env, input, output });
  return { status, printed };
}

describe('make reset', () => {
  it('names the databases, streams and bucket make up uses when nothing overrides them', () => {
    const defaults = plan({});
    expect(defaults.databases).toEqual(
      SERVICES.map((service) => ({ service, url: `postgres://postgres@127.0.0.1:5432/atrium_${service}` })),
    );
    expect(defaults.natsUrl).toBe('nats://127.0.0.1:4222');
    expect(defaults.streams).toEqual([
      ...SERVICES.map((service) => `ATRIUM_${service.toUpperCase()}`),
      'KV_atrium_idempotency',
    ]);
  });

  it('drops nothing unless "reset" is typed', async () => {
    const left = await leftovers();
    try {
      for (const typed of [undefined, '', 'yes', 'RESET', 'reset now']) {
        const { status, printed } = await run(left.env, typed);
        expect(status).toBe(1);
        expect(printed).toContain('nothing was dropped');
      }
      expect(await existing(left)).toEqual({ databases: [...left.databases].sort(), streams: left.streams });
    } finally {
      await cleanUp(left);
    }
  });

  it('refuses while something answers on the gateway port, even when confirmed', async () => {
    const left = await leftovers();
    const server = http.createServer((_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => server.listen(Number(left.env.PORT), '127.0.0.1', resolve));
    try {
      const { status, printed } = await run(left.env, 'reset');
      expect(status).toBe(1);
      expect(printed).toContain(`Something answers on 127.0.0.1:${left.env.PORT}`);
      expect(await existing(left)).toEqual({ databases: [...left.databases].sort(), streams: left.streams });
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await cleanUp(left);
    }
  });

  it('drops every database, stream and the bucket once confirmed, and says what is missing on a second run', async () => {
    const left = await leftovers();
    try {
      const first = await run(left.env, 'reset');
      expect(first.status).toBe(0);
      expect(await existing(left)).toEqual({ databases: [], streams: [] });
      for (const name of left.databases) expect(first.printed).toContain(`dropped database ${name}`);
      for (const stream of left.streams) expect(first.printed).toContain(`deleted stream ${stream}`);

      const second = await run(left.env, 'reset');
      expect(second.status).toBe(0);
      for (const name of left.databases) expect(second.printed).toContain(`database ${name} did not exist`);
    } finally {
      await cleanUp(left);
    }
  });

  it('drops nothing while a process still holds one of the databases, and names it', async () => {
    const left = await leftovers();
    const holder = new Client({ connectionString: left.env.TENANCY_DATABASE_URL });
    await holder.connect();
    try {
      const { status, printed } = await run(left.env, 'reset');
      expect(status).toBe(1);
      expect(printed).toMatch(/Still in use: tenancy: atrium_test_\w+_reset_tenancy \(1 connection\(s\)\)/);
      expect(await existing(left)).toEqual({ databases: [...left.databases].sort(), streams: left.streams });
      await holder.end();
    } finally {
      await holder.end().catch(() => undefined);
      await cleanUp(left);
    }
  });
});
