import path from 'node:path';
import type { Logger } from '@atrium/logger';
import { startBackend, type RunningBackend } from '@atrium/runtime';
import { startCleanupWorker } from './cleanup/cleanup-worker';
import type { CampaignsConfig } from './config';
import { startConsumers } from './events/consumers';
import { startCounterPublisher } from './events/publish-counters';
import { startImportWorker, type ImportWorker } from './imports/import-worker';
import { campaignsService } from './rpc/campaigns-service';
import { createDb, type Db } from './store/db';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

export function startCampaigns(config: CampaignsConfig, logger: Logger): Promise<RunningBackend<Db>> {
  // The RPC that receives an upload wakes the worker that runs it; both are made by startBackend.
  let importWorker: ImportWorker | undefined;
  const imports = { leaseMs: config.IMPORT_LEASE_MS, queued: () => importWorker?.wake() };
  return startBackend({
    service: 'campaigns',
    config,
    logger,
    migrationsDir: MIGRATIONS_DIR,
    createDb: () =>
      createDb(config.DATABASE_URL, {
        poolSize: config.DATABASE_POOL_SIZE,
        appRole: config.DATABASE_APP_ROLE,
      }),
    publishesEvents: true,
    rpc: ({ db }) => [campaignsService(db, imports)],
    // The client projection and campaigns's part in the client purge saga (src/events/consumers.ts),
    // the coalesced publisher of the client list's prospect counters, the prospect cleanup runner and the
    // CSV import worker.
    workers: async ({ db, nc }) => [
      ...(await startConsumers({ db, nc, namespace: config.EVENTS_NAMESPACE, logger })),
      (importWorker = startImportWorker(db, logger, {
        batchSize: config.IMPORT_BATCH_SIZE,
        leaseMs: config.IMPORT_LEASE_MS,
        pollMs: Math.min(1000, Math.floor(config.IMPORT_LEASE_MS / 3)),
        maxAttempts: 3,
      })),
      startCounterPublisher(db, logger, {
        minIntervalMs: config.COUNTERS_MIN_INTERVAL_MS,
        pollMs: Math.min(250, config.COUNTERS_MIN_INTERVAL_MS),
        batchSize: 100,
      }),
      startCleanupWorker(db, logger, {
        batchSize: config.CLEANUP_BATCH_SIZE,
        pollMs: 1000,
        leaseMs: 30_000,
        progressIntervalMs: 1000,
        maxFailures: 3,
        retryMs: 5000,
      }),
    ],
  });
}
