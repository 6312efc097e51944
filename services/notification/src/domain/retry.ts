/** No wait between two attempts exceeds this, however many failed before. */
export const RETRY_CAP_MS = 60 * 60_000;

/**
 * How long to wait after the attempt-th failed attempt (1-based): exponential back-off with full
 * jitter, a uniformly random wait below base × 2^(attempt−1), capped. The randomness spreads the
 * retries of many emails that failed together (an SMTP outage) instead of sending them in waves.
 */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_CAP_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
