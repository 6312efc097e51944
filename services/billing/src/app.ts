import path from 'node:path';
import type { Logger } from '@atrium/logger';
import { startBackend, type BackendConfig, type RunningBackend } from '@atrium/runtime';
import { startClientPurge } from './purge/client-purge';
import { billingService } from './rpc/billing-service';
import { createDb, type Db } from './store/db';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

export function startBilling(config: BackendConfig, logger: Logger): Promise<RunningBackend<Db>> {
  return startBackend({
    service: 'billing',
    config,
    logger,
    migrationsDir: MIGRATIONS_DIR,
    createDb: () => createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
    publishesEvents: true,
    rpc: () => [billingService()],
    // Consumes client.deletion_requested and reports client.purged (the client purge saga).
    workers: async ({ db, nc }) => [
      await startClientPurge({ db, nc, namespace: config.EVENTS_NAMESPACE, logger }),
    ],
  });
}
