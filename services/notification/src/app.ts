import path from 'node:path';
import { createClient, loadProto } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type tenancy, type TenancyProto } from '@atrium/proto';
import { startBackend, type RunningBackend } from '@atrium/runtime';
import type { NotificationConfig } from './config';
import { parseMailbox } from './domain/mailbox';
import { DeliveryWorker } from './emails/delivery-worker';
import { createMailer } from './emails/mailer';
import { startConsumers } from './events/consumers';
import { RetentionWorker } from './retention/retention-worker';
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
    // notification.created, for the gateway's live notification streams.
    publishesEvents: true,
    rpc: ({ db }) => [notificationService(db, tenancyClient)],
    workers: async ({ db, nc }) => {
      const deliveries = new DeliveryWorker({
        db,
        mailer: createMailer(config.SMTP_URL),
        logger,
        from: parseMailbox(config.EMAIL_FROM),
        maxAttempts: config.EMAIL_MAX_ATTEMPTS,
        retryBaseMs: config.EMAIL_RETRY_BASE_MS,
      });
      const consumers = await startConsumers({
        db,
        nc,
        namespace: config.EVENTS_NAMESPACE,
        logger,
        tenancy: tenancyClient,
        publicAppUrl: config.PUBLIC_APP_URL,
        grpcDeadlineMs: config.GRPC_DEADLINE_MS,
        batchSize: config.EVENTS_BATCH_SIZE,
        emailsQueued: () => deliveries.wake(),
      });
      deliveries.start();
      const retention = new RetentionWorker({
        db,
        logger,
        emailRetentionDays: config.EMAIL_RETENTION_DAYS,
        notificationRetentionDays: config.NOTIFICATION_RETENTION_DAYS,
      });
      retention.start();
      return [...consumers, deliveries, retention];
    },
  });
  return {
    ...backend,
    stop: async () => {
      await backend.stop();
      tenancyClient.close();
    },
  };
}
