import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { startGrpcServer, type GrpcServer, type ServiceRegistration } from '@atrium/grpc';
import { createLogger, type Logger } from '@atrium/logger';
import { freePort } from '@atrium/testing';
import { createApp } from '../../src/app';
import { closeBackends, createBackends, type BackendName, type Backends } from '../../src/backends';
import { parseGatewayConfig, type GatewayConfig } from '../../src/config';
import { followEvents, type GatewayEvents } from '../../src/events/follow-events';
import { Lifecycle } from '../../src/lifecycle';
import { createGatewayState, type GatewayState } from '../../src/state';
import { emptyStubs, identityStub, notificationStub, tenancyStub } from './stubs';
import { NatsLink } from '../../src/events/nats-link';
import { IdempotencyStore } from '../../src/http/idempotency';
import { newSigningKey, type SigningKey } from './tokens';

export const silentLogger = createLogger('gateway-test', 'silent');

export type LogLine = Record<string, unknown> & { msg?: string; level?: string };

/** A logger whose lines the test can read. */
export function capturingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = createLogger('gateway-test', 'info', {
    write: (chunk: string) => lines.push(JSON.parse(chunk)),
  });
  return { logger, lines };
}

/** A real gRPC server answering with the test's stub implementation. */
export async function startStubServer(
  service: ServiceRegistration,
): Promise<{ address: string; server: GrpcServer }> {
  const server = await startGrpcServer({
    host: '127.0.0.1',
    port: 0,
    logger: silentLogger,
    services: [service],
    readiness: { check: async () => undefined, intervalMs: 60_000 },
  });
  return { address: `127.0.0.1:${server.port}`, server };
}

/** Addresses where nothing listens, for backends a test does not need. */
export async function unreachableAddresses(): Promise<Record<BackendName, string>> {
  const address = `127.0.0.1:${await freePort()}`;
  return { identity: address, tenancy: address, billing: address, campaigns: address, notification: address };
}

export interface RunningGateway {
  url: string;
  config: GatewayConfig;
  backends: Backends;
  lifecycle: Lifecycle;
  state: GatewayState;
  /** Set when the gateway follows identity's and notification's events (NATS_URL and EVENTS_NAMESPACE in env). */
  events?: GatewayEvents;
  stop(): Promise<void>;
}

/**
 * The gateway app in-process on a free port, with clients of the given backend addresses. With
 * followEvents it also follows identity's and notification's events on NATS_URL, as main does.
 */
export async function startGateway(
  addresses: Record<BackendName, string>,
  env: Record<string, string> = {},
  logger: Logger = silentLogger,
  options: { followEvents?: boolean; idempotency?: boolean } = {},
): Promise<RunningGateway> {
  const config = parseGatewayConfig({
    IDENTITY_ADDR: addresses.identity,
    TENANCY_ADDR: addresses.tenancy,
    BILLING_ADDR: addresses.billing,
    CAMPAIGNS_ADDR: addresses.campaigns,
    NOTIFICATION_ADDR: addresses.notification,
    ...env,
  });
  const backends = createBackends(config);
  const lifecycle = new Lifecycle();
  const state = createGatewayState(config, backends, logger);
  // One NATS link for the followers and the Idempotency-Key store, as main has.
  const nats = new NatsLink({ servers: config.NATS_URL, name: 'gateway-test', logger });
  const idempotency = options.idempotency
    ? new IdempotencyStore({ nats, namespace: config.EVENTS_NAMESPACE })
    : undefined;
  const app = createApp({ config, backends, logger, lifecycle, state, ...(idempotency && { idempotency }) });
  const events = options.followEvents ? followEvents(config, state, logger, nats) : undefined;
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    backends,
    lifecycle,
    state,
    ...(events ? { events } : {}),
    stop: async () => {
      lifecycle.beginShutdown();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      closeBackends(backends);
      await events?.stop();
      if (!events) await nats.close();
    },
  };
}

export interface StubbedGateway {
  gateway: RunningGateway;
  /** The key identity's stub publishes; sign access tokens with it. */
  key: SigningKey;
  identity: ReturnType<typeof identityStub>;
  tenancy: ReturnType<typeof tenancyStub>;
  notification: ReturnType<typeof notificationStub>;
  stop(): Promise<void>;
}

/** The gateway in front of stub backends (real gRPC servers), for one test file. */
export async function startStubbedGateway(
  env: Record<string, string> = {},
  logger: Logger = silentLogger,
  options: { followEvents?: boolean; idempotency?: boolean } = {},
): Promise<StubbedGateway> {
  const key = await newSigningKey('key-1');
  const identity = identityStub(() => JSON.stringify({ keys: [key.publicJwk] }));
  const tenancy = tenancyStub();
  const notification = notificationStub();
  const { billing, campaigns } = emptyStubs();
  const started = await Promise.all(
    [identity.registration, tenancy.registration, notification.registration, billing, campaigns].map(
      startStubServer,
    ),
  );
  const [identityAt, tenancyAt, notificationAt, billingAt, campaignsAt] = started.map(
    (stub) => stub.address,
  ) as [string, string, string, string, string];
  const gateway = await startGateway(
    {
      identity: identityAt,
      tenancy: tenancyAt,
      notification: notificationAt,
      billing: billingAt,
      campaigns: campaignsAt,
    },
    env,
    logger,
    options,
  );
  return {
    gateway,
    key,
    identity,
    tenancy,
    notification,
    stop: async () => {
      await gateway.stop();
      await Promise.all(started.map(({ server }) => server.shutdown(1000)));
    },
  };
}

/**
 * Sends JSON (a string or Buffer as is) and reads the answer, problem bodies included; a binary
 * answer's body is a Buffer.
 */
export async function request(
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | Buffer | undefined;
  if (Buffer.isBuffer(options.body)) {
    body = options.body;
  } else if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const contentType = response.headers.get('content-type') ?? '';
  if (/^image\//.test(contentType)) {
    return {
      status: response.status,
      headers: response.headers,
      body: Buffer.from(await response.arrayBuffer()),
    };
  }
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: /json/.test(contentType) && text !== '' ? JSON.parse(text) : text,
  };
}

/** The fields a validation problem names, sorted. */
export function fieldsOf(body: unknown): string[] {
  return ((body as { fields?: { field: string }[] }).fields ?? []).map((problem) => problem.field).sort();
}
