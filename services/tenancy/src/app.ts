import path from 'node:path';
import type { Logger } from '@atrium/logger';
import { startBackend, type BackendConfig, type RunningBackend } from '@atrium/runtime';
import { tenancyService } from './rpc/tenancy-service';
import { createDb, type Db } from './store/db';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

export function startTenancy(config: BackendConfig, logger: Logger): Promise<RunningBackend<Db>> {
  return startBackend({
    service: 'tenancy',
    config,
    logger,
    migrationsDir: MIGRATIONS_DIR,
    createDb: () => createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
    publishesEvents: true,
    rpc: ({ db }) => [tenancyService(db)],
  });
}
