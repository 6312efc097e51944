'use strict';
/* global fetch, AbortSignal -- Node globals the shared ESLint config does not list */
/**
 * Helpers the bench scripts (tools/bench*.js, dashboard-snapshot.js) share: reading a positive
 * integer setting, a nearest-rank quantile, calling the API, writing a results block into
 * docs/benchmarks.md, and running the measurement against BENCH_URL or a platform started for the
 * occasion through tools/run-all.js.
 */
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');

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

/** A request to the API as a client sends it: JSON in, a bearer token, an Idempotency-Key on POST. */
function request(base, method, route, { body, token } = {}) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method === 'POST') headers['idempotency-key'] = randomUUID();
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${base}${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** request(), answering the parsed body; anything but 2xx throws with the answer. */
async function call(base, method, route, options = {}) {
  const response = await request(base, method, route, options);
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

const HOT_ROUTES_MARKER = '<!-- results -->';

/**
 * Replaces what is between `start` and `end` in `file` with `results`, formatted as `make lint`
 * checks it (prettier aligns the tables). Without the markers: `section(block)` is inserted above
 * tools/bench.js's `<!-- results -->` (which replaces everything below it), or at the end; with no
 * `section` the markers must be there.
 */
async function writeMarkedBlock(file, { start, end, results, section }) {
  const prettier = require('prettier');
  const existing = fs.readFileSync(file, 'utf8');
  const from = existing.indexOf(start);
  const to = existing.indexOf(end);
  const block = `${start}\n\n${results}\n\n${end}`;
  let next;
  if (from !== -1 && to !== -1) next = `${existing.slice(0, from)}${block}${existing.slice(to + end.length)}`;
  else if (!section) throw new Error(`${file} lacks the ${start} … ${end} markers`);
  else {
    const theirs = existing.indexOf(HOT_ROUTES_MARKER);
    next =
      theirs === -1
        ? `${existing.trimEnd()}\n\n${section(block)}`
        : `${existing.slice(0, theirs)}${section(block)}\n\n${existing.slice(theirs)}`;
  }
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  fs.writeFileSync(file, await prettier.format(next, options));
}

module.exports = { call, portAnswers, positiveInteger, quantile, request, withGateway, writeMarkedBlock };
