import path from 'node:path';
import { createClient, loadProto } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type tenancy, type TenancyProto } from '@atrium/proto';
import { startBackend, type RunningBackend } from '@atrium/runtime';
import type { NotificationConfig } from './config';
import { startConsumers } from './events/consumers';
import { notificationService } from './rpc/notification-service';
import { createDb, type Db } from './store/db';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

export async function startNotification(
  config: NotificationConfig,
  logger: Logger,
): Promise<RunningBackend<Db>> {
  const tenancyProto = loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy);
  const tenancyClient = createClient<tenancy.TenancyServiceDefinition>(
    tenancyProto.atrium.tenancy.v1.TenancyService,
    config.TENANCY_ADDR,
    { deadlineMs: config.GRPC_DEADLINE_MS },
  );
  const backend = await startBackend({
    service: 'notification',
    config,
    logger,
    migrationsDir: MIGRATIONS_DIR,
    createDb: () => createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
    publishesEvents: false,
    rpc: ({ db }) => [notificationService(db)],
    workers: ({ db, nc }) =>
      startConsumers({ db, nc, namespace: config.EVENTS_NAMESPACE, logger, tenancy: tenancyClient }),
  });
  return {
    ...backend,
    stop: async () => {
      await backend.stop();
      tenancyClient.close();
    },
  };
}
