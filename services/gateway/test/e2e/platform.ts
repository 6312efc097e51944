import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  acceptsConnections,
  createTestDatabase,
  eventually,
  freePort,
  recordEvents,
  testNamespace,
  type RecordedEvent,
  type TestDatabase,
} from '@atrium/testing';

/**
 * How long a backend may take to listen, and the whole platform to start, before a test file fails:
 * each backend migrates its database first, and with CI's parallel test files on two cores that took
 * over 20 s at times. Generous, since only a platform that never starts reaches them.
 */
const BACKEND_START_LIMIT_MS = 45_000;
const PLATFORM_START_LIMIT_MS = 120_000;

/**
 * The whole platform as real processes for end-to-end tests: the five
 * backends and the gateway from their compiled dist/ (make test builds
 * first), each with a test database of its own, a private NATS server so
 * a test may stop and restart it, and the development SMTP sink
 * (tools/smtp-sink.js) that notification sends its email to.
 */
export const BACKENDS = ['identity', 'tenancy', 'billing', 'campaigns', 'notification'] as const;
export type Backend = (typeof BACKENDS)[number];
type ProcessName = Backend | 'gateway';

/** A message the SMTP sink caught, as its HTTP list shows it. */
export interface CaughtMail {
  id: string;
  from: string;
  /** The envelope recipients. */
  to: string[];
  subject: string;
}

const SMTP_SINK = path.resolve(__dirname, '../../../../tools/smtp-sink.js');

export interface Platform {
  url: string;
  /** The private NATS server and the namespace every process publishes under. */
  natsUrl: string;
  namespace: string;
  /** Runs a CLI of a service's build (dist/<script>) with that service's environment. */
  runCli(name: Backend, script: string, args: string[]): Promise<{ code: number | null; output: string }>;
  start(name: ProcessName): Promise<void>;
  stop(name: ProcessName): Promise<void>;
  /** Sends a process `signal` and waits for it to end; SIGKILL ends it mid-write, with no shutdown at all. */
  kill(name: ProcessName, signal: NodeJS.Signals): Promise<void>;
  stopNats(): Promise<void>;
  startNats(): Promise<void>;
  /**
   * Stops the SMTP sink (notification's mail server) and starts it again on the same port. It keeps
   * what it caught in memory, so a test reads `mail.messages()` before stopping it: a new sink starts empty.
   */
  stopSmtp(): Promise<void>;
  startSmtp(): Promise<void>;
  logs(name: ProcessName): string;
  /** The processes that ended on their own (a crash), with their exit code or signal; none stopped or killed here. */
  exited(): string[];
  /** Where a process answers GET /metrics (its METRICS_PORT). */
  metricsUrl(name: ProcessName): string;
  /** A backend's test database (its owner's URL), for tests that look at its rows directly. */
  databaseUrl(name: Backend): string;
  /** A backend's gRPC address, for a test that plays a caller the gateway has no route for yet. */
  grpcAddress(name: Backend): string;
  /** Every event the processes published since the platform started, as another team receives them. */
  events: RecordedEvent[];
  /** The payload of the first event of `type` that matches, waiting up to 10 s for it. */
  eventOf(type: string, match: (data: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** What the SMTP sink caught so far, oldest first, and one message's raw MIME. */
  mail: { messages(): Promise<CaughtMail[]>; raw(id: string): Promise<Buffer> };
  shutdown(): Promise<void>;
}

function entryPoint(name: ProcessName, script = 'main.js'): string {
  const packageJson = require.resolve(`@atrium/${name}/package.json`);
  const main = path.join(path.dirname(packageJson), 'dist', script);
  if (!fs.existsSync(main))
    throw new Error(`${main} is missing: run \`make build\` before the end-to-end tests.`);
  return main;
}

function natsServerBinary(): string {
  const candidates = [
    process.env.NATS_SERVER_BIN,
    '/usr/sbin/nats-server',
    '/usr/bin/nats-server',
    '/usr/local/bin/nats-server',
  ];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'The end-to-end tests run a private nats-server: install it or set NATS_SERVER_BIN to its path.',
    );
  }
  return found;
}

/** `env` adds or overrides variables of every process (e.g. a shorter cache for a test). */
export async function startPlatform(options: { env?: Record<string, string> } = {}): Promise<Platform> {
  const databases = new Map<Backend, TestDatabase>();
  for (const backend of BACKENDS) databases.set(backend, await createTestDatabase(`e2e_${backend}`));
  const ports = Object.fromEntries(
    await Promise.all(
      [...BACKENDS, 'gateway', 'nats', 'smtp', 'smtpHttp'].map(async (name) => [name, await freePort()]),
    ),
  ) as Record<ProcessName | 'nats' | 'smtp' | 'smtpHttp', number>;
  const metricsPorts = Object.fromEntries(
    await Promise.all([...BACKENDS, 'gateway'].map(async (name) => [name, await freePort()])),
  ) as Record<ProcessName, number>;
  const natsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-e2e-nats-'));
  const natsUrl = `nats://127.0.0.1:${ports.nats}`;
  const address = (backend: Backend) => `127.0.0.1:${ports[backend]}`;
  const namespace = testNamespace();
  const common = {
    PATH: process.env.PATH ?? '',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    NATS_URL: natsUrl,
    EVENTS_NAMESPACE: namespace,
    GRPC_HOST: '127.0.0.1',
    // The shipped default: adding a client user with a password hashes it (Argon2id) within one call chain.
    GRPC_DEADLINE_MS: '5000',
    SHUTDOWN_GRACE_MS: '2000',
    IDENTITY_ADDR: address('identity'),
    TENANCY_ADDR: address('tenancy'),
    BILLING_ADDR: address('billing'),
    CAMPAIGNS_ADDR: address('campaigns'),
    NOTIFICATION_ADDR: address('notification'),
    IDENTITY_KEK: randomBytes(32).toString('base64'),
    // The tests play an ingress on loopback: callGateway's X-Forwarded-For names a fresh client each time.
    TRUST_PROXY: 'loopback',
    // No collector runs in tests: the OpenTelemetry SDK stays off unless a test turns it on (traces.test.ts).
    OTEL_SDK_DISABLED: 'true',
    ...options.env,
  };
  const children = new Map<ProcessName | 'nats' | 'smtp', ChildProcess>();
  // Set when the start failed: every wait still polling ends at once.
  let abandoned = false;
  const output = new Map<ProcessName, string>();

  const waitForExit = (child: ChildProcess) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const startNats = async () => {
    const child = spawn(
      natsServerBinary(),
      ['-a', '127.0.0.1', '-p', String(ports.nats), '-js', '-sd', natsDir],
      {
        stdio: 'ignore',
      },
    );
    children.set('nats', child);
    await eventually(
      async () => (abandoned || (await acceptsConnections(ports.nats)) ? true : undefined),
      10_000,
      'nats-server',
    );
  };

  const startSmtpSink = async () => {
    const child = spawn(process.execPath, [SMTP_SINK], {
      env: {
        PATH: common.PATH,
        SMTP_SINK_HOST: '127.0.0.1',
        SMTP_SINK_PORT: String(ports.smtp),
        SMTP_SINK_HTTP_PORT: String(ports.smtpHttp),
      },
      stdio: 'ignore',
    });
    children.set('smtp', child);
    await eventually(
      async () => (abandoned || (await acceptsConnections(ports.smtpHttp)) ? true : undefined),
      10_000,
      'the SMTP sink',
    );
  };
  const sinkUrl = `http://127.0.0.1:${ports.smtpHttp}`;

  const envOf = (name: ProcessName): NodeJS.ProcessEnv => {
    const metrics = { METRICS_PORT: String(metricsPorts[name]), OTEL_SERVICE_NAME: name };
    if (name === 'gateway') return { ...common, ...metrics, PORT: String(ports.gateway), HOST: '127.0.0.1' };
    const env = {
      ...common,
      ...metrics,
      GRPC_PORT: String(ports[name]),
      DATABASE_URL: databases.get(name)!.url,
    };
    return name === 'notification' ? { ...env, SMTP_URL: `smtp://127.0.0.1:${ports.smtp}` } : env;
  };

  const start = async (name: ProcessName) => {
    const env = envOf(name);
    const child = spawn(process.execPath, [entryPoint(name)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    output.set(name, '');
    const append = (chunk: Buffer) => output.set(name, (output.get(name) ?? '') + chunk.toString());
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    children.set(name, child);
    if (name !== 'gateway') {
      // A process that exits (a bad setting, say) fails the start at once rather than after the wait.
      const exited = new Promise<never>((_resolve, reject) =>
        child.once('exit', (code, signal) =>
          reject(new Error(`${name} exited (${signal ?? code}) before it listened`)),
        ),
      );
      exited.catch(() => undefined);
      await Promise.race([
        eventually(
          async () => (abandoned || (await acceptsConnections(ports[name])) ? true : undefined),
          BACKEND_START_LIMIT_MS,
          `${name} to listen`,
        ),
        exited,
      ]);
    }
  };

  const stop = async (name: ProcessName | 'nats' | 'smtp') => {
    const child = children.get(name);
    if (!child) return;
    children.delete(name);
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await waitForExit(child);
    clearTimeout(killer);
  };

  const kill = async (name: ProcessName, signal: NodeJS.Signals) => {
    const child = children.get(name);
    if (!child) return;
    children.delete(name);
    child.kill(signal);
    await waitForExit(child);
  };

  let recorderConnection: NatsConnection | undefined;
  let recorder: ReturnType<typeof recordEvents> | undefined;
  // Stops whatever has started, so a start that fails half-way leaves no process, database or NATS
  // directory behind (jest would never call shutdown: beforeAll threw before returning the platform).
  const shutdown = async () => {
    recorder?.stop();
    await recorderConnection?.close();
    await stop('gateway');
    await Promise.all(BACKENDS.map(stop));
    await Promise.all([stop('nats'), stop('smtp')]);
    fs.rmSync(natsDir, { recursive: true, force: true });
    await Promise.all([...databases.values()].map((database) => database.drop()));
  };
  const url = `http://127.0.0.1:${ports.gateway}`;
  try {
    await Promise.all([startNats(), startSmtpSink()]);
    // Reconnects by itself when a test stops and restarts NATS.
    recorderConnection = await connect({ servers: natsUrl, maxReconnectAttempts: -1 });
    recorder = recordEvents(recorderConnection, `${namespace}.atrium.>`);
    // Tenancy first: identity calls it during sign-up and notification asks it who to notify.
    await start('tenancy');
    await Promise.all(BACKENDS.filter((backend) => backend !== 'tenancy').map(start));
    await start('gateway');
    await eventually(
      async () => (abandoned || (await fetch(`${url}/readyz`).catch(() => undefined))?.ok ? true : undefined),
      30_000,
      'the gateway to be ready',
    );
  } catch (error) {
    abandoned = true;
    const logs = [...output].map(([name, text]) => `--- ${name}\n${text.slice(-2000)}`).join('\n');
    await shutdown().catch(() => undefined);
    throw new Error(`The platform did not start: ${(error as Error).message}\n${logs}`, { cause: error });
  }
  const events = recorder.events;

  const runCli = (name: Backend, script: string, args: string[]) =>
    new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [entryPoint(name, script), ...args], {
        env: envOf(name),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.once('error', reject);
      child.once('exit', (code) => resolve({ code, output: text }));
    });

  return {
    url,
    natsUrl,
    namespace,
    runCli,
    events,
    eventOf: (type, match) =>
      eventually(
        async () => events.find((event) => event.type === type && match(event.data))?.data,
        10_000,
        `a ${type} event`,
      ),
    start,
    stop,
    kill,
    startNats,
    stopNats: () => stop('nats'),
    startSmtp: startSmtpSink,
    stopSmtp: () => stop('smtp'),
    logs: (name) => output.get(name) ?? '',
    exited: () =>
      [...children]
        .filter(([, child]) => child.exitCode !== null || child.signalCode !== null)
        .map(([name, child]) => `${name} (${child.signalCode ?? child.exitCode})`),
    metricsUrl: (name) => `http://127.0.0.1:${metricsPorts[name]}/metrics`,
    databaseUrl: (name) => databases.get(name)!.url,
    grpcAddress: address,
    mail: {
      messages: async () => (await (await fetch(`${sinkUrl}/messages`)).json()) as CaughtMail[],
      raw: async (id) =>
        Buffer.from(await (await fetch(`${sinkUrl}/messages/${encodeURIComponent(id)}`)).arrayBuffer()),
    },
    shutdown,
  };
}

/** The platform of one test file, and its gateway, from the file's beforeAll on. */
export interface PlatformForTests {
  /** Throws before beforeAll has started the platform, so a top-level use fails loudly. */
  readonly platform: Platform;
  call(method: string, route: string, options?: CallOptions): Promise<Answer>;
}

/**
 * Starts the platform in the calling file's beforeAll and shuts it down in its afterAll, so a test
 * file's prologue is `const e2e = platformForTests()`. Read `e2e.platform` inside hooks and tests only:
 * destructuring it at the top of the file would read it before the platform exists.
 */
export function platformForTests(options: { env?: Record<string, string> } = {}): PlatformForTests {
  let started: Platform | undefined;
  beforeAll(async () => {
    started = await startPlatform(options);
  }, PLATFORM_START_LIMIT_MS);
  afterAll(async () => {
    await started?.shutdown();
  });
  const handle: PlatformForTests = {
    get platform() {
      if (!started) throw new Error('The platform starts in beforeAll: use it in a hook or a test.');
      return started;
    },
    call: (method, route, callOptions) => callGateway(handle.platform, method, route, callOptions),
  };
  return handle;
}

/** A gateway answer: the body parsed when it is JSON, and the raw text for anything else (CSV). */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of many shapes
}

export interface CallOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as they are, as `content-type` says (an upload); instead of body. */
  raw?: { bytes: string | Buffer; contentType: string };
  token?: string;
  requestId?: string;
  headers?: Record<string, string>;
}

/**
 * Calls the platform's gateway as a web client would, from a fresh client address each time so the
 * per-IP login limit never throttles a test.
 */
export async function callGateway(
  platform: Pick<Platform, 'url'>,
  method: string,
  route: string,
  options: CallOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = {
    'x-forwarded-for': `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
    ...options.headers,
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.raw) headers['content-type'] = options.raw.contentType;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.requestId) headers['x-request-id'] = options.requestId;
  const response = await fetch(`${platform.url}${route}`, {
    method,
    headers,
    body: options.raw
      ? options.raw.bytes
      : options.body === undefined
        ? undefined
        : JSON.stringify(options.body),
  });
  const text = await response.text();
  const json = /json/.test(response.headers.get('content-type') ?? '') && text !== '';
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: json ? JSON.parse(text) : undefined,
  };
}

/** A signed-in person as sign-up and invitation acceptance answer them. */
export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}

/**
 * Invites a person into the owner's agency (POST /v1/agency/members) and accepts for them with the
 * token of invitation.created, as they would from the email; answers their session.
 */
export async function inviteAndAccept(
  platform: Pick<Platform, 'url' | 'eventOf'>,
  ownerToken: string,
  invitee: { email: string; name: string; role?: string; roleId?: string },
  password: string,
): Promise<SignedIn> {
  const invited = await callGateway(platform, 'POST', '/v1/agency/members', {
    token: ownerToken,
    body: invitee.roleId ? { ...invitee } : { role: 'member', ...invitee },
  });
  if (invited.status !== 201) throw new Error(`the invitation answered ${invited.status}: ${invited.text}`);
  const created = await platform.eventOf(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.invitationId === invited.body.id,
  );
  const accepted = await callGateway(platform, 'POST', '/v1/invitations/accept', {
    body: { token: created.token, password },
  });
  if (accepted.status !== 200) throw new Error(`accepting answered ${accepted.status}: ${accepted.text}`);
  return accepted.body as SignedIn;
}
