import path from 'node:path';
import type { Logger } from '@atrium/logger';
import { startBackend, type RunningBackend } from '@atrium/runtime';
import type { TenancyConfig } from './config';
import { startConsumers } from './events/consumers';
import { startPlanLimitConsumer } from './plan-limits/consumers';
import { startPurgeConsumers } from './purge/consumers';
import { StaleDeletionWatch } from './purge/stale-deletion-watch';
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
      tenancyService(db, {
        defaultPlanClientLimit: config.PLAN_CLIENT_LIMIT,
        publicAppUrl: config.PUBLIC_APP_URL,
        purgeParticipants: config.CLIENT_PURGE_PARTICIPANTS,
      }),
    ],
    workers: async ({ db, nc }) => {
      const purgeReports = await startPurgeConsumers({
        db,
        nc,
        namespace: config.EVENTS_NAMESPACE,
        logger,
        participants: config.CLIENT_PURGE_PARTICIPANTS,
      });
      const staleDeletions = new StaleDeletionWatch({
        db,
        logger,
        warnAfterMs: config.CLIENT_DELETION_WARN_AFTER_MS,
      });
      staleDeletions.start();
      // The client list's prospect counters from campaigns' events, and the plan's client limit from
      // billing's subscription events.
      const projections = await startConsumers({ db, nc, namespace: config.EVENTS_NAMESPACE, logger });
      const planLimits = await startPlanLimitConsumer({ db, nc, namespace: config.EVENTS_NAMESPACE, logger });
      return [...purgeReports, ...projections, planLimits, staleDeletions];
    },
  });
}
