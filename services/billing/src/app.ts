import path from 'node:path';
import type { Logger } from '@atrium/logger';
import { startBackend, type RunningBackend } from '@atrium/runtime';
import type { BillingConfig } from './config';
import { ReservationSweeper } from './credits/reservation-sweeper';
import { startConsumers } from './events/consumers';
import { billingService } from './rpc/billing-service';
import { createDb, type Db } from './store/db';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

export function startBilling(config: BillingConfig, logger: Logger): Promise<RunningBackend<Db>> {
  return startBackend({
    service: 'billing',
    config,
    logger,
    migrationsDir: MIGRATIONS_DIR,
    createDb: () =>
      createDb(config.DATABASE_URL, {
        poolSize: config.DATABASE_POOL_SIZE,
        appRole: config.DATABASE_APP_ROLE,
      }),
    publishesEvents: true,
    rpc: ({ db }) => [billingService(db)],
    // The client projection and billing's part in the client purge saga (src/events/consumers.ts),
    // and the release of reservations left open past their expiry.
    workers: async ({ db, nc }) => {
      const sweeper = new ReservationSweeper({ db, logger });
      sweeper.start();
      return [...(await startConsumers({ db, nc, namespace: config.EVENTS_NAMESPACE, logger })), sweeper];
    },
  });
}
