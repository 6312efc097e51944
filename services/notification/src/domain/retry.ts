/** No wait between two attempts exceeds this, however many failed before. */
export const RETRY_CAP_MS = 60 * 60_000;

/**
 * How long to wait after the attempt-th failed attempt (1-based): exponential back-off with equal
 * jitter, a uniformly random wait between half of base × 2^(attempt−1) and all of it, capped. The
 * randomness spreads the retries of many emails that failed together (an SMTP outage) instead of
 * sending them in waves; the fixed half keeps the attempts from running out early: with full jitter
 * (anywhere below the ceiling) the default 8 attempts of 2 s were used up within a one-minute outage
 * for about one email in four, which was then given up. Now they span at least base × (2^7 − 1) / 2.
 */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_CAP_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(ceiling / 2 + (random() * ceiling) / 2);
}
