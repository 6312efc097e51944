import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { startGrpcServer, type GrpcServer, type ServiceRegistration } from '@atrium/grpc';
import { createLogger, type Logger } from '@atrium/logger';
import { freePort } from '@atrium/testing';
import { createApp } from '../../src/app';
import { closeBackends, createBackends, type BackendName, type Backends } from '../../src/backends';
import { parseGatewayConfig, type GatewayConfig } from '../../src/config';
import { Lifecycle } from '../../src/lifecycle';

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
  stop(): Promise<void>;
}

/** The gateway app in-process on a free port, with clients of the given backend addresses. */
export async function startGateway(
  addresses: Record<BackendName, string>,
  env: Record<string, string> = {},
  logger: Logger = silentLogger,
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
  const app = createApp({ config, backends, logger, lifecycle });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    backends,
    lifecycle,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      closeBackends(backends);
    },
  };
}

/** Sends JSON (or a raw string as is) and reads the answer, problem bodies included. */
export async function request(
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    body: /json/.test(contentType) && text !== '' ? JSON.parse(text) : text,
  };
}
