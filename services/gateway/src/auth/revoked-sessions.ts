import type { Logger } from '@atrium/logger';

export interface RevokedSessionsOptions {
  /** Revocations remembered at once; far above what one access-token lifetime ever sees. */
  maxEntries: number;
  logger: Logger;
  now?: () => number;
}

/**
 * Sessions identity ended before their time, each kept until the last access token it may have issued
 * has expired; after that the token's own expiry refuses it. Entries arrive in about the order they
 * expire, so expired ones are dropped from the front. Should a revocation storm ever fill it, the entry
 * closest to its end goes first, and the overflow is logged: that token could then pass for the rest of
 * its few minutes.
 */
export class RevokedSessions {
  private readonly until = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: RevokedSessionsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Refuses these sessions' access tokens until `untilMs` (epoch ms). */
  revoke(sessionIds: readonly string[], untilMs: number): void {
    if (untilMs <= this.now()) return;
    for (const sessionId of sessionIds) {
      const known = this.until.get(sessionId);
      this.until.delete(sessionId);
      this.until.set(sessionId, Math.max(known ?? 0, untilMs));
    }
    this.dropExpired();
    let overflow = 0;
    while (this.until.size > this.options.maxEntries) {
      const oldest = this.until.keys().next();
      if (oldest.done) break;
      this.until.delete(oldest.value);
      overflow += 1;
    }
    if (overflow > 0)
      this.options.logger.warn(
        { overflow, maxEntries: this.options.maxEntries },
        'too many revoked sessions to remember; the oldest may pass until their tokens expire',
      );
  }

  isRevoked(sessionId: string): boolean {
    const until = this.until.get(sessionId);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.until.delete(sessionId);
    return false;
  }

  get size(): number {
    return this.until.size;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [sessionId, until] of this.until) {
      if (until > now) break;
      this.until.delete(sessionId);
    }
  }
}
