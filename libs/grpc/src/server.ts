import * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { createLogger, newTraceparent, runWithContext, type Actor, type Logger } from '@atrium/logger';

import { DomainError, isOverload, toServiceError } from './errors';
import { contextFromMetadata } from './metadata';
import { startHealthReporting } from './health';
import { observeCall } from './metrics';

export interface CallInfo {
  actor?: Actor;
  requestId?: string;
  metadata: grpc.Metadata;
  deadline?: Date;
}

export type UnaryMethod<Req, Res> = (request: Req, call: CallInfo) => Promise<Res>;

/**
 * The handler of a client-streaming RPC (`rpc X(stream Req) returns (Res)`): it reads the requests as
 * they arrive, at its own pace (the caller waits while it does not read), and answers once.
 */
export interface ClientStreamMethod<Req, Res> {
  requestStream: (requests: AsyncIterable<Req>, call: CallInfo) => Promise<Res>;
}

/** Marks a handler as reading a stream of requests; defineService checks the RPC does stream them. */
export function clientStream<Req, Res>(
  handle: (requests: AsyncIterable<Req>, call: CallInfo) => Promise<Res>,
): ClientStreamMethod<Req, Res> {
  return { requestStream: handle };
}

/**
 * The handlers a service writes for a generated *ServiceDefinition: one async function per RPC taking
 * the decoded request and answering the permissive message type (defaults may be left out; grpc-js fills
 * them in). The index signature grpc.ServiceDefinition brings along is dropped so that only
 * the RPCs themselves are required.
 */
export type Implementation<D> = {
  [K in keyof D as string extends K ? never : K]: D[K] extends MethodDefinition<
    infer _Req,
    infer Res,
    infer ReqOut,
    infer _ResOut
  >
    ? UnaryMethod<ReqOut, Res> | ClientStreamMethod<ReqOut, Res>
    : never;
};

export interface ServiceRegistration {
  /** full name, e.g. 'atrium.tenancy.v1.TenancyService' */
  name: string;
  definition: grpc.ServiceDefinition;
  handlers: grpc.UntypedServiceImplementation;
}

/**
 * Where a registration logs handler failures. defineService runs before the server (and its logger)
 * exists, so startGrpcServer attaches the logger afterwards.
 */
const attachLogger = new WeakMap<ServiceRegistration, (logger: Logger) => void>();

function deadlineOf(
  call: grpc.ServerUnaryCall<unknown, unknown> | grpc.ServerReadableStream<unknown, unknown>,
): Date | undefined {
  const deadline = call.getDeadline();
  if (deadline instanceof Date) return deadline;
  return Number.isFinite(deadline) ? new Date(deadline) : undefined;
}

/**
 * Turns async handlers into grpc-js handlers. Each call runs inside the request context its metadata
 * carries (with a span of its own), so logs and outgoing calls continue the caller's request and trace.
 */
export function defineService<D extends grpc.ServiceDefinition>(
  name: string,
  definition: D,
  implementation: Implementation<D>,
): ServiceRegistration {
  let logger: Logger | undefined;
  const methods = implementation as unknown as Record<
    string,
    UnaryMethod<unknown, unknown> | ClientStreamMethod<unknown, unknown>
  >;
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const [methodName, method] of Object.entries(definition)) {
    const implemented = methods[methodName];
    if (!implemented) throw new Error(`${name} has no implementation for ${methodName}`);
    const streaming = typeof implemented !== 'function';
    if (streaming !== method.requestStream || method.responseStream)
      throw new Error(`${name}.${methodName}: the handler does not match how the RPC streams`);
    const handle: UnaryMethod<unknown, unknown> =
      typeof implemented === 'function'
        ? implemented
        : (requests, call) => implemented.requestStream(requests as AsyncIterable<unknown>, call);
    const unary = (
      call: grpc.ServerUnaryCall<unknown, unknown> | grpc.ServerReadableStream<unknown, unknown>,
      callback: grpc.sendUnaryData<unknown>,
    ) => {
      const start = process.hrtime.bigint();
      const received = contextFromMetadata(call.metadata);
      const context = { ...received, traceparent: newTraceparent(received.traceparent) };
      const info: CallInfo = { metadata: call.metadata };
      if (context.actor) info.actor = context.actor;
      if (context.requestId) info.requestId = context.requestId;
      const deadline = deadlineOf(call);
      if (deadline) info.deadline = deadline;
      void runWithContext(context, async () => {
        let response: unknown;
        try {
          response = await handle(
            streaming ? call : (call as grpc.ServerUnaryCall<unknown, unknown>).request,
            info,
          );
        } catch (error) {
          if (isOverload(error)) {
            (logger ??= createLogger(name)).warn(
              { err: error, method: method.path },
              'gRPC handler overloaded',
            );
          } else if (!(error instanceof DomainError)) {
            (logger ??= createLogger(name)).error({ err: error, method: method.path }, 'gRPC handler failed');
          }
          const serviceError = toServiceError(error);
          observeCall(name, methodName, serviceError.code, start);
          callback(serviceError);
          return;
        }
        observeCall(name, methodName, grpc.status.OK, start);
        callback(null, response);
      });
    };
    handlers[methodName] = unary;
  }
  const registration: ServiceRegistration = { name, definition, handlers };
  attachLogger.set(registration, (serverLogger) => {
    logger = serverLogger;
  });
  return registration;
}

export interface GrpcServer {
  port: number;
  /** false holds the server NOT_SERVING whatever the readiness check says (e.g. while draining). */
  setReady(ready: boolean): void;
  shutdown(graceMs: number): Promise<void>;
}

export interface GrpcServerOptions {
  host: string;
  port: number;
  logger: Logger;
  services: ServiceRegistration[];
  readiness: { check: () => Promise<void>; intervalMs?: number };
}

const SERVER_OPTIONS: grpc.ServerOptions = {
  // Long-lived HTTP/2 connections would pin every client to the replica it first reached; ageing them
  // out lets new replicas take load. The grace period lets in-flight calls finish.
  'grpc.max_connection_age_ms': 5 * 60_000,
  'grpc.max_connection_age_grace_ms': 30_000,
  'grpc.keepalive_time_ms': 60_000,
  'grpc.keepalive_timeout_ms': 20_000,
};

function bindAddress(host: string, port: number): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
}

function bind(server: grpc.Server, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (error, port) =>
      error ? reject(error) : resolve(port),
    );
  });
}

export async function startGrpcServer(options: GrpcServerOptions): Promise<GrpcServer> {
  const { logger, services } = options;
  const server = new grpc.Server(SERVER_OPTIONS);
  for (const registration of services) {
    attachLogger.get(registration)?.(logger);
    // grpc-js refuses a service without methods, but such a service still answers health under its name.
    if (Object.keys(registration.definition).length > 0) {
      server.addService(registration.definition, registration.handlers);
    }
  }
  const health = startHealthReporting({
    server,
    logger,
    serviceNames: services.map((service) => service.name),
    check: options.readiness.check,
    intervalMs: options.readiness.intervalMs ?? 5000,
  });
  let port: number;
  try {
    port = await bind(server, bindAddress(options.host, options.port));
  } catch (error) {
    health.stop();
    server.forceShutdown();
    throw error;
  }
  logger.info(
    { host: options.host, port, services: services.map((service) => service.name) },
    'gRPC server listening',
  );

  let shuttingDown: Promise<void> | undefined;
  return {
    port,
    setReady: (ready) => health.setReady(ready),
    shutdown: (graceMs) => {
      shuttingDown ??= drain(server, health, logger, graceMs);
      return shuttingDown;
    },
  };
}

async function drain(
  server: grpc.Server,
  health: { stop(): void },
  logger: Logger,
  graceMs: number,
): Promise<void> {
  health.stop();
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => {
      logger.warn({ graceMs }, 'gRPC calls still running after the grace period; cancelling them');
      server.forceShutdown();
      resolve();
    }, graceMs);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
  logger.info('gRPC server stopped');
}
