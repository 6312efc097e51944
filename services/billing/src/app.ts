import path from 'node:path';
import type { Logger } from '@atrium/logger';
import { startBackend, type RunningBackend } from '@atrium/runtime';
import type { BillingConfig } from './config';
import { PurchaseReconciler } from './credits/purchase-reconciler';
import { ReservationSweeper } from './credits/reservation-sweeper';
import { startConsumers } from './events/consumers';
import type { PaymentProvider } from './payments/port';
import { paymentProviderOf } from './payments/provider-of';
import { startExpiryScanner } from './payments/scan-expiring-cards';
import { billingService } from './rpc/billing-service';
import { createDb, type Db } from './store/db';
import { FeeRunner } from './subscriptions/fee-runner';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

export function startBilling(
  config: BillingConfig,
  logger: Logger,
  // Tests may hand in a provider; otherwise the configuration selects it.
  provider: PaymentProvider = paymentProviderOf(config),
): Promise<RunningBackend<Db>> {
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
    rpc: ({ db }) => [billingService(db, provider, logger)],
    // The client projection and billing's part in the client purge saga (src/events/consumers.ts), the
    // daily scan for expiring cards, the release of reservations left open past their expiry, and the
    // settling of purchases left pending by a stop between a charge and its answer, and the monthly fee
    // runner.
    workers: async ({ db, nc }) => {
      const sweeper = new ReservationSweeper({ db, logger });
      sweeper.start();
      const reconciler = new PurchaseReconciler({ db, provider, logger });
      reconciler.start();
      const fees = new FeeRunner({
        db,
        provider,
        logger,
        intervalMs: config.SUBSCRIPTION_FEE_RUN_INTERVAL_MS,
        claimMs: config.PAYMENT_PROVIDER_TIMEOUT_MS + 60_000,
      });
      fees.start();
      return [
        ...(await startConsumers({ db, nc, namespace: config.EVENTS_NAMESPACE, logger })),
        startExpiryScanner(db, logger, config.CARD_EXPIRY_SCAN_INTERVAL_MS),
        sweeper,
        reconciler,
        fees,
      ];
    },
  });
}
