import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import { findStaleDeletions } from '../store/client-deletions';
import type { Db } from '../store/transaction';

export interface StaleDeletionWatchOptions {
  db: Db;
  logger: Logger;
  /** CLIENT_DELETION_WARN_AFTER_MS: a deletion open longer than this is reported. */
  warnAfterMs: number;
  /** Time between two checks; default ten minutes. */
  intervalMs?: number;
}

const TEN_MINUTES_MS = 10 * 60_000;
const REPORTED_PER_CHECK = 100;

/**
 * A participant that never reports its purge leaves the client `deleting` for ever. This check logs a
 * warning for each deletion open longer than warnAfterMs, naming the participants still awaited, at
 * every interval until they report (docs/operations.md says what to do). Replicas each log; nothing
 * is changed, so no coordination is needed.
 */
export class StaleDeletionWatch implements Stoppable {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: StaleDeletionWatchOptions) {}

  start(): void {
    this.timer = setInterval(() => this.run(), this.options.intervalMs ?? TEN_MINUTES_MS);
    this.run();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Logs the stuck deletions; answers how many there were (at most 100 per check). */
  async check(): Promise<number> {
    const before = new Date(Date.now() - this.options.warnAfterMs);
    const stale = await findStaleDeletions(this.options.db, before, REPORTED_PER_CHECK);
    for (const deletion of stale) {
      this.options.logger.warn(
        {
          agencyId: deletion.agencyId,
          clientId: deletion.clientId,
          requestedAt: deletion.requestedAt.toISOString(),
          pending: deletion.pending,
        },
        'client deletion is still waiting for participants to purge the client',
      );
    }
    return stale.length;
  }

  private run(): void {
    if (this.running) return;
    this.running = this.check()
      .then(
        () => undefined,
        (error: unknown) => this.options.logger.warn({ err: error }, 'stale deletion check failed'),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
