import path from 'node:path';
import type { Logger } from '@atrium/logger';
import { startBackend, type RunningBackend } from '@atrium/runtime';
import type { TenancyConfig } from './config';
import { tenancyService } from './rpc/tenancy-service';
import { createDb, type Db } from './store/db';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

export function startTenancy(config: TenancyConfig, logger: Logger): Promise<RunningBackend<Db>> {
  return startBackend({
    service: 'tenancy',
    config,
    logger,
    migrationsDir: MIGRATIONS_DIR,
    createDb: () =>
      createDb(config.DATABASE_URL, {
        poolSize: config.DATABASE_POOL_SIZE,
        appRole: config.DATABASE_APP_ROLE,
      }),
    publishesEvents: true,
    rpc: ({ db }) => [
      tenancyService(db, { planClientLimit: config.PLAN_CLIENT_LIMIT, publicAppUrl: config.PUBLIC_APP_URL }),
    ],
  });
}
