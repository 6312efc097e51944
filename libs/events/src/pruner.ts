import type pg from 'pg';
import { createPool } from '@atrium/db';
import type { Logger } from '@atrium/logger';

import { DEFAULT_MAX_AGE_MS } from './nats';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface EventTablesPrunerOptions {
  databaseUrl: string;
  logger: Logger;
  /** Published outbox rows older than this go; default 7 days (they only help someone debugging). */
  outboxRetentionMs?: number;
  /**
   * Inbox rows handled longer ago than this go. It must outlast the stream's max age: a message can
   * be delivered again (a consumer recreated from the start of the stream) only while the stream still
   * holds it, and its inbox row is what makes the repeat a no-op. Default: the stream's max age plus a day.
   */
  inboxRetentionMs?: number;
  /** How often; default hourly, and once at start. */
  intervalMs?: number;
  /** Rows per DELETE, so no statement holds locks for long; default 5000. */
  batchSize?: number;
}

export interface PruneResult {
  outbox: number;
  inbox: number;
}

/**
 * Keeps outbox_events and inbox_events (EVENTS_TABLES_SQL) from growing for ever. Only published
 * outbox rows are deleted, never pending ones, and inbox rows only once their event can no longer be
 * redelivered. Replicas pruning at once each take distinct rows (SKIP LOCKED), so none waits on another.
 */
export class EventTablesPruner {
  private readonly pool: pg.Pool;
  private readonly outboxRetentionMs: number;
  private readonly inboxRetentionMs: number;
  private readonly batchSize: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: EventTablesPrunerOptions) {
    this.outboxRetentionMs = options.outboxRetentionMs ?? 7 * DAY_MS;
    this.inboxRetentionMs = options.inboxRetentionMs ?? DEFAULT_MAX_AGE_MS + DAY_MS;
    if (this.inboxRetentionMs < DEFAULT_MAX_AGE_MS) {
      throw new Error(
        'inboxRetentionMs must outlast the stream max age, or a redelivered event would apply twice',
      );
    }
    this.batchSize = options.batchSize ?? 5000;
    this.pool = createPool(options.databaseUrl, {
      max: 1,
      applicationName: 'event-pruner',
      onError: (error) => options.logger.warn({ err: error }, 'event pruner connection failed'),
    });
  }

  start(): void {
    this.timer = setInterval(() => this.run(), this.options.intervalMs ?? HOUR_MS);
    this.run();
  }

  /** Ends after the batch in hand. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.pool.end();
  }

  /** Deletes everything past its retention as of `now`, batch by batch; answers how many rows went. */
  async pruneOnce(now = new Date()): Promise<PruneResult> {
    const outboxBefore = new Date(now.getTime() - this.outboxRetentionMs);
    const inboxBefore = new Date(now.getTime() - this.inboxRetentionMs);
    return {
      outbox: await this.inBatches(
        `DELETE FROM outbox_events WHERE id IN (
           SELECT id FROM outbox_events
            WHERE published_at IS NOT NULL AND published_at < $1
            LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        outboxBefore,
      ),
      inbox: await this.inBatches(
        `DELETE FROM inbox_events WHERE (consumer, event_id) IN (
           SELECT consumer, event_id FROM inbox_events
            WHERE handled_at < $1
            LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        inboxBefore,
      ),
    };
  }

  private async inBatches(statement: string, before: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const { rowCount } = await this.pool.query(statement, [before, this.batchSize]);
      total += rowCount ?? 0;
      if (this.stopped || (rowCount ?? 0) < this.batchSize) return total;
    }
  }

  private run(): void {
    if (this.stopped || this.running) return;
    this.running = this.pruneOnce()
      .then(
        (deleted) => {
          if (deleted.outbox + deleted.inbox > 0) this.options.logger.info(deleted, 'event tables pruned');
        },
        (error: unknown) =>
          this.options.logger.warn(
            { err: error },
            'pruning event tables failed; trying again at the next run',
          ),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
