import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import type { PaymentProvider } from '../payments/port';
import { findDueSubscriptions } from '../store/subscriptions';
import type { Db } from '../store/transaction';
import { chargeMonthlyFee, type FeeChargeOutcome } from './charge-monthly-fee';

export interface FeeRunnerOptions {
  db: Db;
  provider: PaymentProvider;
  logger: Logger;
  /** SUBSCRIPTION_FEE_RUN_INTERVAL_MS: time between two runs of one replica. */
  intervalMs: number;
  /** How long an attempt stays the claiming runner's: longer than the provider's timeout. */
  claimMs: number;
  /** Agencies fetched at a time; a run fetches batches until none is left. Default 100. */
  batchSize?: number;
}

/**
 * Charges the monthly fee of every agency whose period ended, and retries past_due ones when due.
 * Every replica runs it; chargeMonthlyFee makes each period's charge once however many run at once.
 */
export class FeeRunner implements Stoppable {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: FeeRunnerOptions) {}

  start(): void {
    this.timer = setInterval(() => this.run(), this.options.intervalMs);
    this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /**
   * One run over every agency due at `now`, a batch at a time, each agency at most once (one whose
   * provider did not answer is due again at once, and waits for the next run); answers what happened
   * to each.
   */
  async runOnce(now = new Date()): Promise<Map<string, FeeChargeOutcome>> {
    const { db, provider, logger } = this.options;
    const outcomes = new Map<string, FeeChargeOutcome>();
    const tried = new Set<string>();
    while (!this.stopped) {
      const due = await findDueSubscriptions(db, now, this.options.batchSize ?? 100);
      const fresh = due.filter((agencyId) => !tried.has(agencyId));
      if (fresh.length === 0) break;
      for (const agencyId of fresh) {
        if (this.stopped) break;
        tried.add(agencyId);
        try {
          outcomes.set(
            agencyId,
            await chargeMonthlyFee(db, provider, logger, agencyId, { claimMs: this.options.claimMs, now }),
          );
        } catch (error) {
          logger.warn({ err: error, agencyId }, 'monthly fee not charged; tried again next run');
        }
      }
    }
    return outcomes;
  }

  private run(): void {
    if (this.stopped || this.running) return;
    this.running = this.runOnce()
      .then(
        (outcomes) => {
          if (outcomes.size > 0)
            this.options.logger.info({ outcomes: Object.fromEntries(outcomes) }, 'monthly fees run');
        },
        (error: unknown) => this.options.logger.warn({ err: error }, 'monthly fee run failed; trying again'),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
