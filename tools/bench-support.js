'use strict';
/* global fetch, AbortSignal -- Node globals the shared ESLint config does not list */
/**
 * Helpers the bench scripts (tools/bench.js, bench-credits.js, bench-tax.js, bench-import.js,
 * bench-cleanup.js) share: reading a positive integer setting, a nearest-rank quantile, and running the
 * measurement against BENCH_URL or a platform started for the occasion through tools/run-all.js.
 */

/** The positive integer in environment variable `name`, else `fallback`; anything else throws. */
function positiveInteger(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return value;
}

/** The q-th quantile (0..1) of ascending `sorted`, nearest rank. */
function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Whether something answers GET /healthz on 127.0.0.1:`port` within a second. */
async function portAnswers(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs work(baseUrl) against BENCH_URL, or against a platform started for the occasion.
 *
 *   env   defaults for the platform's environment, below process.env (which overrides them)
 *   busy  (port) => the message to fail with when something already answers on PORT
 */
async function withGateway(
  work,
  {
    env = {},
    busy = (port) => `Something already answers on port ${port}: stop it, or set BENCH_URL to measure it.`,
  } = {},
) {
  if (process.env.BENCH_URL) return work(process.env.BENCH_URL.replace(/\/+$/, ''));
  const port = process.env.PORT || '8080';
  if (await portAnswers(port)) throw new Error(busy(port));
  const { startPlatform } = require('./run-all');
  const platform = startPlatform({
    env: { ...env, ...process.env, LOG_LEVEL: process.env.LOG_LEVEL || 'warn' },
  });
  // Its processes run in their own process groups, so Ctrl-C must stop them explicitly.
  const interrupt = () => platform.stop().then(() => process.exit(130));
  process.once('SIGINT', interrupt);
  try {
    const { url } = await platform.ready;
    return await work(url);
  } finally {
    process.removeListener('SIGINT', interrupt);
    await platform.stop();
  }
}

module.exports = { portAnswers, positiveInteger, quantile, withGateway };
