import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import type { Db } from '../store/transaction';
import { deleteReadNotifications, deleteSettledDeliveries } from '../store/retention';

export interface RetentionWorkerOptions {
  db: Db;
  logger: Logger;
  /** EMAIL_RETENTION_DAYS */
  emailRetentionDays: number;
  /** NOTIFICATION_RETENTION_DAYS */
  notificationRetentionDays: number;
  /** Time between two sweeps of one replica; default one hour. */
  intervalMs?: number;
  /** Rows deleted per statement; default 1000. */
  batchSize?: number;
}

export interface SweepResult {
  emailDeliveries: number;
  notifications: number;
}

const HOUR_MS = 60 * 60_000;

/**
 * Keeps notification's tables from growing for ever: deletes sent and failed email deliveries (their
 * bodies are already gone; the rows only feed ListEmailDeliveries) and the bell notifications people
 * have read, once older than their retention. Pending deliveries and unread notifications are kept
 * whatever their age. Each replica sweeps when it starts and then once an hour, never two sweeps at
 * once; replicas sweeping together share the rows (store/retention.ts), so no coordination is needed.
 */
export class RetentionWorker implements Stoppable {
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: RetentionWorkerOptions) {
    this.intervalMs = options.intervalMs ?? HOUR_MS;
    this.batchSize = options.batchSize ?? 1000;
  }

  start(): void {
    this.timer = setInterval(() => this.run(), this.intervalMs);
    this.run();
  }

  /** Ends after the batch in hand. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Deletes everything past its retention, batch by batch; answers how many rows went. */
  async sweep(): Promise<SweepResult> {
    const { db, emailRetentionDays, notificationRetentionDays } = this.options;
    return {
      emailDeliveries: await this.inBatches((limit) =>
        deleteSettledDeliveries(db, emailRetentionDays, limit),
      ),
      notifications: await this.inBatches((limit) =>
        deleteReadNotifications(db, notificationRetentionDays, limit),
      ),
    };
  }

  private run(): void {
    // A sweep that outlasts the interval is not joined by another.
    if (this.stopped || this.running) return;
    this.running = this.sweep()
      .then(
        (deleted) => this.options.logger.info(deleted, 'retention sweep done'),
        (error: unknown) =>
          this.options.logger.warn({ err: error }, 'retention sweep failed; trying again at the next one'),
      )
      .finally(() => {
        this.running = undefined;
      });
  }

  private async inBatches(deleteBatch: (limit: number) => Promise<number>): Promise<number> {
    let total = 0;
    while (!this.stopped) {
      const deleted = await deleteBatch(this.batchSize);
      total += deleted;
      if (deleted < this.batchSize) break;
    }
    return total;
  }
}
