'use strict';
/* global fetch, AbortSignal -- Node globals the shared ESLint config does not list */
/**
 * `make bench-timing` (after deploy/scripts/bench.sh-style preparation): how long two answers that
 * must not reveal whether an email has an identity take, for an email that has one and for one that
 * has none, measured one request at a time and interleaved so both cases meet the same machine:
 *
 *   - POST /v1/auth/password-reset {email}
 *   - POST /v1/clients/{id}/users with a password (identity's CreateClientUserWithPassword)
 *
 * Prints the median and p95 of each as a Markdown table. docs/benchmarks.md keeps the figures.
 *
 * Environment:
 *   BENCH_TIMING_RESETS  reset requests per case (200)
 *   BENCH_TIMING_USERS   client users created per case (40)
 *   BENCH_URL            a running gateway to measure; without it the platform is started here
 *                        through tools/run-all.js with the per-IP limit lifted
 */
const { randomBytes, randomUUID } = require('node:crypto');
const os = require('node:os');

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

async function call(base, method, route, { body, token } = {}) {
  const headers = { accept: 'application/json', 'idempotency-key': randomUUID() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const started = process.hrtime.bigint();
  const response = await fetch(`${base}${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
  return { ms, body: text ? JSON.parse(text) : undefined };
}

async function portAnswers(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

async function withGateway(work) {
  if (process.env.BENCH_URL) return work(process.env.BENCH_URL.replace(/\/+$/, ''));
  const port = process.env.PORT || '8080';
  if (await portAnswers(port)) {
    throw new Error(`Something already answers on port ${port}: stop it, or set BENCH_URL to measure it.`);
  }
  const { startPlatform } = require('./run-all');
  // One load generator is one address: lift the per-IP limit so every request reaches identity.
  const platform = startPlatform({
    env: {
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      ...process.env,
      LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    },
  });
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

function summary(label, latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { label, n: sorted.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

async function measure(base) {
  const resets = positiveInteger('BENCH_TIMING_RESETS', 200);
  const users = positiveInteger('BENCH_TIMING_USERS', 40);
  const id = randomBytes(6).toString('hex');
  const owner = { email: `timing-${id}@example.com`, password: `Timing-${id}-Passw0rd!` };
  const { body: signedUp } = await call(base, 'POST', '/v1/auth/signup', {
    body: { agencyName: `Timing Agency ${id}`, name: 'Timing Runner', ...owner },
  });
  const token = signedUp.accessToken;
  const clientIds = [];
  for (const name of ['Timing Client A', 'Timing Client B']) {
    clientIds.push((await call(base, 'POST', '/v1/clients', { token, body: { name } })).body.id);
  }

  const reset = (email) => call(base, 'POST', '/v1/auth/password-reset', { body: { email } });
  for (let warm = 0; warm < 10; warm += 1) await reset(owner.email);
  const resetKnown = [];
  const resetUnknown = [];
  process.stdout.write(`Measuring POST /v1/auth/password-reset, ${resets} per case…\n`);
  for (let index = 0; index < resets; index += 1) {
    // Alternating which case goes first, so neither always meets a warmer machine.
    const cases = [
      async () => resetKnown.push((await reset(owner.email)).ms),
      async () => resetUnknown.push((await reset(`nobody-${id}-${index}@example.com`)).ms),
    ];
    if (index % 2) cases.reverse();
    for (const run of cases) await run();
  }

  // A new email gets an identity in client A (the unknown case); the same email in client B then
  // already has one (the existing case).
  const create = (clientId, email) =>
    call(base, 'POST', `/v1/clients/${clientId}/users`, {
      token,
      body: { name: 'Timing User', email, role: 'administrator', password: `Timing-${id}-User-Passw0rd!` },
    });
  for (let warm = 0; warm < 3; warm += 1) await create(clientIds[0], `warm-${warm}-${id}@example.com`);
  const createKnown = [];
  const createUnknown = [];
  process.stdout.write(`Measuring POST /v1/clients/{id}/users with a password, ${users} per case…\n`);
  for (let index = 0; index < users; index += 1) {
    const email = `user-${index}-${id}@example.com`;
    createUnknown.push((await create(clientIds[0], email)).ms);
    createKnown.push((await create(clientIds[1], email)).ms);
  }

  return [
    summary('POST /v1/auth/password-reset, email with an identity', resetKnown),
    summary('POST /v1/auth/password-reset, unknown email', resetUnknown),
    summary('POST /v1/clients/{id}/users with password, email with an identity', createKnown),
    summary('POST /v1/clients/{id}/users with password, new email', createUnknown),
  ];
}

function table(rows) {
  const header = ['case', 'requests', 'median ms', 'p95 ms'];
  const lines = rows.map((row) => [row.label, String(row.n), row.p50.toFixed(1), row.p95.toFixed(1)]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const format = (cells) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  return [
    format(header),
    `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`,
    ...lines.map(format),
  ].join('\n');
}

async function main() {
  const rows = await withGateway(measure);
  const cpus = os.cpus();
  process.stdout.write(
    `\nMeasured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ` +
      `Node ${process.version}; one request at a time, the two cases interleaved.\n\n${table(rows)}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
