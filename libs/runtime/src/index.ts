import { serviceVars, type z } from '@atrium/config';
import { migrate } from '@atrium/db';
import {
  connectNats,
  ensureStream,
  EventTablesPruner,
  natsReady,
  OutboxRelay,
  type NatsConnection,
} from '@atrium/events';
import { startGrpcServer, type ServiceRegistration } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import { collectProcessMetrics, startMetricsServer } from '@atrium/metrics';
import { stopTelemetry } from '@atrium/telemetry';

/** The variables every backend reads (libs/config serviceVars). */
export type BackendConfig = z.infer<z.ZodObject<ReturnType<typeof serviceVars>>>;

/** What a backend's Prisma client must offer for health and shutdown. */
export interface Database {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $disconnect(): Promise<void>;
}

export interface Stoppable {
  stop(): Promise<void>;
}

export interface BackendOptions<Db extends Database> {
  service: string;
  config: BackendConfig;
  logger: Logger;
  /** The service's prisma/migrations folder, applied before anything else. */
  migrationsDir: string;
  createDb: () => Db;
  /** Services that publish run an outbox relay and own a stream. */
  publishesEvents: boolean;
  rpc: (deps: { db: Db; nc: NatsConnection }) => ServiceRegistration[];
  /** Consumers and other background work, started once the server is up. */
  workers?: (deps: { db: Db; nc: NatsConnection }) => Promise<Stoppable[]>;
}

export interface RunningBackend<Db> {
  port: number;
  /** Where GET /metrics answers (METRICS_PORT, or the port taken when it is 0). */
  metricsPort: number;
  db: Db;
  nc: NatsConnection;
  stop(): Promise<void>;
}

/**
 * Boots a backend the same way everywhere: migrate → database → NATS →
 * stream and outbox relay → gRPC server (NOT_SERVING until the database and
 * NATS answer) → workers and the event-table pruner → /metrics. stop() undoes it in the reverse order.
 */
export async function startBackend<Db extends Database>(
  options: BackendOptions<Db>,
): Promise<RunningBackend<Db>> {
  const { config, logger, service } = options;
  collectProcessMetrics(service);
  await migrate({ databaseUrl: config.DATABASE_URL, migrationsDir: options.migrationsDir, logger });
  const db = options.createDb();
  const nc = await connectNats({ servers: config.NATS_URL, name: service, logger });
  let relay: OutboxRelay | undefined;
  if (options.publishesEvents) {
    await ensureStream(nc, service, config.EVENTS_NAMESPACE);
    relay = new OutboxRelay({
      databaseUrl: config.DATABASE_URL,
      nc,
      namespace: config.EVENTS_NAMESPACE,
      logger,
    });
    await relay.start();
  }
  const server = await startGrpcServer({
    host: config.GRPC_HOST,
    port: config.GRPC_PORT,
    logger,
    services: options.rpc({ db, nc }),
    readiness: {
      check: async () => {
        await db.$queryRawUnsafe('SELECT 1');
        await natsReady(nc);
      },
    },
  });
  const workers = options.workers ? await options.workers({ db, nc }) : [];
  // Every backend has outbox and inbox tables (EVENTS_TABLES_SQL); this keeps them bounded.
  const pruner = new EventTablesPruner({ databaseUrl: config.DATABASE_URL, logger });
  pruner.start();
  const metrics = await startMetricsServer({ host: config.GRPC_HOST, port: config.METRICS_PORT, logger });
  logger.info({ port: server.port }, `${service} serving gRPC`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info(`${service} shutting down`);
      // Not ready first, so load balancers stop sending; then finish what is in flight.
      await server.shutdown(config.SHUTDOWN_GRACE_MS);
      await Promise.all(workers.map((worker) => worker.stop()));
      await pruner.stop();
      await relay?.stop();
      await nc.drain().catch((error: unknown) => logger.warn({ err: error }, 'NATS drain failed'));
      await db.$disconnect();
      // Last, so the final scrape during a drain still sees the process.
      await metrics.stop();
      logger.info(`${service} stopped`);
    })();
    return stopping;
  };
  return { port: server.port, metricsPort: metrics.port, db, nc, stop };
}

/** Runs `stop` once on SIGTERM or SIGINT, then exits; a second signal exits at once. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    logger.info({ signal }, 'stopping');
    // The spans of the last requests and of the shutdown itself go out before the process does.
    stop().then(
      () => stopTelemetry().then(() => process.exit(0)),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        void stopTelemetry().then(() => process.exit(1));
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** Logs and exits when a backend cannot start (bad database, NATS unreachable, …). */
export function exitOnStartFailure(logger: Logger) {
  return (error: unknown) => {
    logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  };
}
