import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import { domainOf, type Mailbox } from '../domain/mailbox';
import { retryDelayMs } from '../domain/retry';
import type { Db } from '../store/transaction';
import {
  claimDueDeliveries,
  markDeliveryFailed,
  markDeliverySent,
  scheduleRetry,
  type ClaimedDelivery,
} from '../store/email-deliveries';
import { deliveryMetrics } from './delivery-metrics';
import type { Mailer } from './mailer';
import { describeFailure, isPermanentFailure } from './smtp-failure';

export interface DeliveryWorkerOptions {
  db: Db;
  mailer: Mailer;
  logger: Logger;
  /** EMAIL_FROM: its address sends every email and names the Message-ID domain. */
  from: Mailbox;
  maxAttempts: number;
  retryBaseMs: number;
  /** How often due deliveries are looked for without a wake-up; default 1 s. */
  pollIntervalMs?: number;
  /** Deliveries claimed and sent at once; default 10. */
  batchSize?: number;
}

/**
 * How long a claimed delivery stays out of other workers' reach. It must exceed the worst case of one
 * send (the mailer's timeouts), or a slow send would be claimed and sent again by another replica; a
 * worker that dies mid-send leaves the delivery to be retried once it runs out.
 */
const CLAIM_LEASE_MS = 5 * 60_000;

/**
 * Sends the emails consumers queued in email_deliveries. Any number of replicas may run: a claim
 * takes due rows with FOR UPDATE SKIP LOCKED and leases them, so no two workers send one row at
 * once. A failure schedules the next attempt with back-off; after maxAttempts, or a permanent refusal,
 * the delivery is marked failed. Every state is in the database, so a restart loses nothing.
 *
 * wake() is called after a consumer commits a new delivery (same process) and when a short retry
 * comes due; the poll catches rows queued by other replicas and longer retries.
 */
export class DeliveryWorker implements Stoppable {
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private pollTimer: NodeJS.Timeout | undefined;
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private draining: Promise<void> | undefined;
  private wokenWhileDraining = false;
  private stopped = false;

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.batchSize = options.batchSize ?? 10;
  }

  start(): void {
    deliveryMetrics.watch(this.options.db);
    this.pollTimer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.wokenWhileDraining = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
    });
  }

  /** Lets sends in flight finish and record their outcome, then closes the mailer. */
  async stop(): Promise<void> {
    this.stopped = true;
    deliveryMetrics.unwatch(this.options.db);
    clearInterval(this.pollTimer);
    for (const timer of this.retryTimers) clearTimeout(timer);
    await this.draining;
    this.options.mailer.close();
  }

  /** Retries come due between polls; waking for them keeps a short back-off short. */
  private wakeAfter(delayMs: number): void {
    if (delayMs >= this.pollIntervalMs) return;
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.wake();
    }, delayMs);
    this.retryTimers.add(timer);
  }

  private async drain(): Promise<void> {
    let more: boolean;
    do {
      this.wokenWhileDraining = false;
      try {
        const claimed = await claimDueDeliveries(this.options.db, this.batchSize, CLAIM_LEASE_MS);
        await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
        more = claimed.length === this.batchSize;
      } catch (error) {
        this.options.logger.warn({ err: error }, 'email delivery round failed; retrying at the next poll');
        return;
      }
    } while ((more || this.wokenWhileDraining) && !this.stopped);
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const { db, logger, from, maxAttempts, retryBaseMs } = this.options;
    const context = { deliveryId: delivery.id, kind: delivery.kind, attempt: delivery.attempts };
    try {
      await this.options.mailer.send({
        // Derived from the delivery, so a resend after a lost acknowledgement carries the same id
        // and receiving systems can tell it is the same message.
        messageId: `<${delivery.id}@${domainOf(from.address)}>`,
        from: { name: delivery.fromName || from.name, address: from.address },
        to: delivery.recipient,
        replyTo: delivery.replyTo,
        subject: delivery.subject,
        html: delivery.html,
        text: delivery.text,
      });
    } catch (error) {
      const lastError = describeFailure(error);
      if (isPermanentFailure(error) || delivery.attempts >= maxAttempts) {
        await markDeliveryFailed(db, delivery, lastError);
        deliveryMetrics.attempted('failed');
        logger.error({ ...context, err: error }, 'email delivery failed for good');
      } else {
        const delayMs = retryDelayMs(delivery.attempts, retryBaseMs);
        await scheduleRetry(db, delivery, lastError, delayMs);
        deliveryMetrics.attempted('retry');
        this.wakeAfter(delayMs);
        logger.warn({ ...context, err: error, retryInMs: delayMs }, 'email delivery failed; will retry');
      }
      return;
    }
    await markDeliverySent(db, delivery);
    deliveryMetrics.attempted('sent');
    logger.info(context, 'email sent');
  }
}
