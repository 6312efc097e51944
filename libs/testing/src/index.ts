import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import { Client } from 'pg';

/** The servers a test run talks to. */
export interface TestServers {
  /** A Postgres URL with rights to create databases (its database is only used to connect). */
  adminDatabaseUrl: string;
  natsUrl: string;
}

const HOW_TO =
  'Set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) and NATS_URL ' +
  '(e.g. nats://127.0.0.1:4222) to use running servers, or run the tests where a Docker engine is ' +
  'available so testcontainers can start them.';

let servers: Promise<TestServers> | undefined;

/**
 * Servers come from TEST_DATABASE_URL / NATS_URL when set, else from
 * testcontainers where a Docker engine exists, else a message naming both.
 */
export function getTestServers(): Promise<TestServers> {
  servers ??= resolveServers();
  return servers;
}

async function resolveServers(): Promise<TestServers> {
  const adminDatabaseUrl = process.env.TEST_DATABASE_URL;
  const natsUrl = process.env.TEST_NATS_URL ?? process.env.NATS_URL;
  if (adminDatabaseUrl && natsUrl) return { adminDatabaseUrl, natsUrl };
  if (!dockerAvailable()) {
    throw new Error(
      `No test servers: TEST_DATABASE_URL and NATS_URL are not both set and no Docker engine was found. ${HOW_TO}`,
    );
  }
  return startContainers(adminDatabaseUrl, natsUrl);
}

function dockerAvailable(): boolean {
  return Boolean(process.env.DOCKER_HOST) || fs.existsSync('/var/run/docker.sock');
}

async function startContainers(adminDatabaseUrl?: string, natsUrl?: string): Promise<TestServers> {
  // Loaded lazily: most runs never need them, and they are slow to import.
  const { GenericContainer, Wait } = await import('testcontainers');
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  if (!adminDatabaseUrl) {
    const postgres = await new PostgreSqlContainer('postgres:15-alpine').start();
    adminDatabaseUrl = postgres.getConnectionUri();
  }
  if (!natsUrl) {
    const nats = await new GenericContainer('nats:2.11-alpine')
      .withCommand(['-js'])
      .withExposedPorts(4222)
      .withWaitStrategy(Wait.forLogMessage(/Server is ready/))
      .start();
    natsUrl = `nats://${nats.getHost()}:${nats.getMappedPort(4222)}`;
  }
  return { adminDatabaseUrl, natsUrl };
}

/** A run id shared by the databases and streams one test file creates. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** Throws unless the URL's database name marks it as a test database. */
export function assertTestDatabase(url: string): void {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/(^|_)test(_|$)/.test(name)) {
    throw new Error(
      `Refusing to run tests against database "${name}": its name must contain "test" as a word (e.g. atrium_test_…).`,
    );
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Creates an empty database `atrium_test_<suffix>_<label>` for one test file. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const { adminDatabaseUrl } = await getTestServers();
  const name = `atrium_test_${uniqueSuffix()}_${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`;
  const url = withDatabase(adminDatabaseUrl, name);
  assertTestDatabase(url);
  await withAdmin(adminDatabaseUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  return {
    url,
    name,
    drop: async () => {
      await withAdmin(adminDatabaseUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A NATS namespace of this test file's own: streams and subjects get it as a
 * prefix so concurrent runs never see each other's events.
 */
export function testNamespace(): string {
  return `t${uniqueSuffix()}`;
}

/**
 * Where freePort draws from: below Linux's ephemeral range (32768–60999), from which the kernel hands
 * out a port of 0 and the local end of every outgoing connection. A port taken from that range could
 * be the local end of some pool's connection to Postgres by the time a child process binds it
 * (EADDRINUSE); nothing takes a port from this range unasked.
 */
const TEST_PORTS = { first: 20_000, count: 12_000 };
/**
 * Each jest worker draws from a slice of its own, so two test files starting platforms at once never
 * pick the same port; a process outside jest draws from the whole range.
 */
const WORKER_SLICES = 16;
/** Ports this process handed out lately: a port is checked free, then bound by a child a moment later. */
const handedOut: number[] = [];
const REMEMBERED = 256;

function portRange(): { first: number; count: number } {
  const worker = Number(process.env.JEST_WORKER_ID);
  if (!Number.isInteger(worker) || worker < 1) return TEST_PORTS;
  const count = Math.floor(TEST_PORTS.count / WORKER_SLICES);
  return { first: TEST_PORTS.first + ((worker - 1) % WORKER_SLICES) * count, count };
}

/**
 * A TCP port nothing listens on right now, outside the ephemeral range, and not one this process
 * handed out lately: the ports of one platform are chosen together, before any of them is bound.
 */
export async function freePort(): Promise<number> {
  const range = portRange();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = range.first + (randomBytes(2).readUInt16BE(0) % range.count);
    if (handedOut.includes(port)) continue;
    handedOut.push(port);
    if (handedOut.length > REMEMBERED) handedOut.shift();
    if (await canListen(port)) return port;
  }
  throw new Error(
    `No free port found between ${range.first} and ${range.first + range.count} after 50 tries`,
  );
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 10000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An event as a test saw it on NATS: its CloudEvents type and subject, and its JSON payload. */
export interface RecordedEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

/** The part of a NATS connection recordEvents uses (kept structural: this lib does not depend on NATS). */
export interface Subscribable {
  subscribe(
    subject: string,
    options: {
      callback: (
        error: Error | null,
        message: { headers?: { get(name: string): string }; json<T>(): T },
      ) => void;
    },
  ): { unsubscribe(): void };
}

/**
 * Records every event published on `subject` (e.g. `<namespace>.atrium.>`) from now on, in order:
 * what the outbox relays put on NATS, as another team would receive it.
 */
export function recordEvents(nc: Subscribable, subject: string): { events: RecordedEvent[]; stop(): void } {
  const events: RecordedEvent[] = [];
  const subscription = nc.subscribe(subject, {
    callback: (error, message) => {
      if (error) return;
      events.push({
        type: message.headers?.get('ce-type') ?? '',
        subject: message.headers?.get('ce-subject') ?? '',
        data: message.json<Record<string, unknown>>(),
      });
    },
  });
  return { events, stop: () => subscription.unsubscribe() };
}

/** A process a test started from a build, with what it printed so far. */
export interface BackendProcess {
  /** Its stdout and stderr, interleaved (the last 100 000 characters). */
  output(): string;
  /** SIGTERM, and SIGKILL if it has not exited within the grace; resolves once it is gone. */
  stop(): Promise<void>;
  /** SIGKILL at once, as a crash or an evicted pod: nothing of its shutdown runs. Resolves once it is gone. */
  kill(): Promise<void>;
}

export interface BackendProcessOptions {
  /** The script node runs, e.g. a service's dist/main.js. */
  entry: string;
  /** Its environment: these variables and PATH, nothing else of the test's. */
  env: Record<string, string>;
  /** The port on 127.0.0.1 it listens on (its environment must say so). */
  port: number;
  /**
   * True once the process can be used, e.g. its gRPC health answers SERVING; asked only once the
   * port accepts connections (so a gRPC channel is not opened too early and left backing off), and
   * polled until then.
   */
  ready: () => Promise<boolean>;
  /** How long it may take to become ready; default 30 s. */
  readyTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL; default 15 s. */
  stopGraceMs?: number;
}

const KEPT_OUTPUT = 100_000;

/**
 * Loaded before the entry point: the child's stdin is a pipe from the test process, which ends when
 * that process is gone however it went (a crashed or killed jest worker runs no afterAll), and the
 * child then stops itself as on SIGTERM. Unreferenced, so it never keeps the child alive by itself.
 */
const STOP_WITH_PARENT =
  "data:text/javascript,process.stdin.on('end',()=>process.kill(process.pid,'SIGTERM'));" +
  "process.stdin.on('error',()=>{});process.stdin.resume();process.stdin.unref();";

/**
 * Runs `node <entry>` as a child process and resolves once it listens on `port` and `ready` says so.
 * It fails early, with the process's output, when the process exits first or does not become ready in
 * time. The child also stops when the test process that started it is gone, so no run leaves a
 * process behind.
 */
export async function startBackendProcess(options: BackendProcessOptions): Promise<BackendProcess> {
  if (!fs.existsSync(options.entry))
    throw new Error(`${options.entry} is missing: run \`make build\` before these tests.`);
  const child = spawn(process.execPath, ['--import', STOP_WITH_PARENT, options.entry], {
    // No collector runs in tests: the OpenTelemetry SDK stays off unless the test turns it on. /metrics
    // takes any free port unless the test names one: the default (9460 and up) is `make up`'s, which
    // may be running beside the tests on the same machine.
    env: { PATH: process.env.PATH ?? '', OTEL_SDK_DISABLED: 'true', METRICS_PORT: '0', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-KEPT_OUTPUT);
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  // 'close' comes after the exit and after both pipes closed: nothing of the child is left open.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  const running = () => child.exitCode === null && child.signalCode === null && !spawnError;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (running()) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), options.stopGraceMs ?? 15_000);
        await closed;
        clearTimeout(killer);
      } else if (!spawnError) {
        await closed;
      }
    })();
    return stopping;
  };
  const readyTimeoutMs = options.readyTimeoutMs ?? 30_000;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    let failure: string | undefined;
    if (spawnError) failure = `could not be started (${spawnError.message})`;
    else if (!running()) failure = `exited (${child.exitCode ?? child.signalCode}) before it was ready`;
    else if ((await acceptsConnections(options.port)) && (await options.ready().catch(() => false))) break;
    else if (Date.now() > deadline) failure = `was not ready within ${readyTimeoutMs} ms`;
    if (failure) {
      await stop();
      throw new Error(
        `${options.entry} ${failure}; ${output ? `its output:\n${output}` : 'it printed nothing'}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const kill = async () => {
    if (running()) child.kill('SIGKILL');
    if (!spawnError) await closed;
  };
  return { output: () => output, stop, kill };
}

/** Whether something on loopback accepts a TCP connection on the port now. */
export function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** One sample of a Prometheus text exposition: `name{labels} value`. */
export interface MetricSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL_PAIR = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Reads Prometheus text format (what GET /metrics answers) into samples; comments are skipped. */
export function parseMetrics(text: string): MetricSample[] {
  const samples: MetricSample[] = [];
  for (const line of text.split('\n')) {
    const match = SAMPLE_LINE.exec(line);
    if (!match || line.startsWith('#')) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(LABEL_PAIR))
      labels[key!] = value!.replace(/\\"/g, '"').replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** GETs a /metrics URL and parses it; throws unless it answers 200 in Prometheus text. */
export async function scrapeMetrics(url: string): Promise<MetricSample[]> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  if (!(response.headers.get('content-type') ?? '').startsWith('text/plain'))
    throw new Error(`${url} answered ${response.headers.get('content-type')}, not Prometheus text`);
  return parseMetrics(await response.text());
}

/**
 * The sum of the samples named `name` whose labels include `labels` (0 when none does): a counter or
 * a histogram's _count over the label values left open.
 */
export function sampleSum(
  samples: MetricSample[],
  name: string,
  labels: Record<string, string> = {},
): number {
  return samples
    .filter(
      (sample) =>
        sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    )
    .reduce((sum, sample) => sum + sample.value, 0);
}
