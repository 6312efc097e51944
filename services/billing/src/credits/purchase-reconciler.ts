import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import type { PaymentProvider } from '../payments/port';
import { findPendingPurchases, findPurchase } from '../store/purchases';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { resumePurchase } from './purchase-credits';

export interface PurchaseReconcilerOptions {
  db: Db;
  provider: PaymentProvider;
  logger: Logger;
  /** Time between two runs of one replica; default a minute. */
  intervalMs?: number;
  /** A purchase younger than this may still be charging in its own request; default a minute. */
  graceMs?: number;
}

/**
 * Stripe keeps an idempotency key for 24 hours: asking again later could charge anew, so a purchase
 * pending for longer is left to the provider's webhook (and logged) instead.
 */
const PROVIDER_KEY_LIFETIME_MS = 23 * 60 * 60 * 1000;

/**
 * Finishes purchases left pending (docs/billing.md "Purchases"): billing stopped between asking for a
 * charge and recording its answer, and neither a retry nor the provider's webhook came. Every replica
 * runs it; two that pick one purchase ask the provider under the same key and settle it under its row
 * lock, so it is charged once and credited once.
 */
export class PurchaseReconciler implements Stoppable {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: PurchaseReconcilerOptions) {}

  start(): void {
    this.timer = setInterval(() => this.run(), this.options.intervalMs ?? 60_000);
    this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Settles what is pending now; answers how many purchases it credited. */
  async reconcile(now: Date = new Date()): Promise<number> {
    const { db, provider, logger } = this.options;
    const pending = await findPendingPurchases(
      db,
      {
        askedAfter: new Date(now.getTime() - PROVIDER_KEY_LIFETIME_MS),
        askedBefore: new Date(now.getTime() - (this.options.graceMs ?? 60_000)),
      },
      100,
    );
    let credited = 0;
    for (const { purchaseId, agencyId } of pending) {
      if (this.stopped) break;
      try {
        const purchase = await inTenant(db, { agencyId }, (tx) => findPurchase(tx, purchaseId));
        if (purchase?.status !== 'pending') continue;
        await resumePurchase(db, provider, purchase);
        credited += 1;
      } catch (error) {
        // Declined (now recorded), or the provider still away: the next run, a retry or the webhook.
        logger.info({ err: error, purchaseId }, 'pending purchase not credited');
      }
    }
    return credited;
  }

  private run(): void {
    if (this.stopped || this.running) return;
    this.running = this.reconcile()
      .then(
        (credited) => {
          if (credited > 0) this.options.logger.info({ credited }, 'credited pending purchases');
        },
        (error: unknown) => this.options.logger.warn({ err: error }, 'purchase reconciliation failed'),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
