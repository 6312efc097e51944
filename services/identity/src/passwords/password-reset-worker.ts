import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import { takePasswordResetRequests } from '../store/password-reset-requests';
import { inTransaction, type Db } from '../store/transaction';
import { issuePasswordReset } from './issue-password-reset';

const BATCH_SIZE = 20;

/**
 * Turns queued reset requests into reset links, off the request path, so a request for a registered
 * email takes no longer than one for an unknown email. Any number of replicas may run: a batch is
 * taken with FOR UPDATE SKIP LOCKED and issued in the same transaction, so a failure puts it back for
 * the next round. wake() runs a round at once (a request just queued in this process); the poll
 * picks up what other replicas queued or a failed round left.
 */
export class PasswordResetWorker implements Stoppable {
  private pollTimer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private wokenWhileDraining = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly pollIntervalMs = 1000,
  ) {}

  start(): void {
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

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    await this.draining;
  }

  private async drain(): Promise<void> {
    let more: boolean;
    do {
      this.wokenWhileDraining = false;
      try {
        const taken = await inTransaction(this.db, async (tx) => {
          const emails = await takePasswordResetRequests(tx, BATCH_SIZE);
          for (const email of emails) await issuePasswordReset(tx, email);
          return emails.length;
        });
        more = taken === BATCH_SIZE;
      } catch (error) {
        this.logger.warn({ err: error }, 'password reset round failed; retrying at the next poll');
        return;
      }
    } while ((more || this.wokenWhileDraining) && !this.stopped);
  }
}
