import type { RequestHandler } from 'express';
import { DomainError } from '@atrium/errors';
import { LruCache } from '../cache/lru-cache';

export interface RateLimiterOptions {
  /** Requests allowed per minute and key; also the burst a quiet key may spend at once. */
  perMinute: number;
  /** Keys (route and client address) tracked at once; the least recently seen are forgotten first. */
  maxKeys: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const MINUTE_MS = 60_000;

/**
 * A token bucket per key: it holds `perMinute` tokens, refills continuously at `perMinute` a minute, and
 * each request spends one. Unlike fixed windows it allows no double burst across a window edge. A bucket
 * untouched for a minute is full again, so it may be forgotten; that is also when its entry expires.
 *
 * The counts live in this process: with N replicas behind a load balancer a client may get up to N times
 * the limit. That is acceptable because the limit only slows password guessing and mail flooding from
 * one address; identity's per-account lockout holds across replicas, and tokens it checks are
 * unguessable, so the limit is never the only guard.
 */
export class RateLimiter {
  private readonly buckets: LruCache<string, Bucket>;
  private readonly now: () => number;
  private readonly refillPerMs: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
    this.buckets = new LruCache({ maxEntries: options.maxKeys, ttlMs: MINUTE_MS, now: this.now });
    this.refillPerMs = options.perMinute / MINUTE_MS;
  }

  /** Spends one token of `key`; answers the whole seconds to wait when there is none. */
  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    const capacity = this.options.perMinute;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (allowed) return { allowed };
    return {
      allowed,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000)),
    };
  }

  /** Middleware limiting one route per client address (req.ip, which honours TRUST_PROXY). */
  perClientAddress(route: string): RequestHandler {
    return (req, _res, next) => {
      const verdict = this.take(`${route} ${req.ip ?? ''}`);
      if (!verdict.allowed) {
        throw new DomainError(
          'rate_limited',
          `Too many attempts from your address; try again in ${verdict.retryAfterSeconds} seconds.`,
          { retryAfterSeconds: verdict.retryAfterSeconds },
        );
      }
      next();
    };
  }
}
