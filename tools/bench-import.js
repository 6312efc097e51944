'use strict';
/* global fetch -- Node globals the shared ESLint config does not list */
/**
 * `make bench-import` (deploy/scripts/bench.sh with BENCH_SCRIPT=tools/bench-import.js): a CSV import
 * of BENCH_IMPORT_ROWS rows (100 000) through the gateway (POST /v1/clients/{id}/prospects/imports,
 * then GET /v1/jobs/{jobId} until it ends), its rows per second and the campaigns process's peak
 * resident memory meanwhile; next to it, as the ceiling, a plain COPY of the same rows into the same
 * table (psql, as the database's owner). Besides, what the import costs other requests: the client
 * list of the same agency (30 clients; GET /v1/clients?limit=50, BENCH_IMPORT_CONCURRENCY requests at
 * a time, as tools/bench-cleanup.js does for a cleanup) measured idle after 200 to warm up, then
 * during the import (from the upload to the job's end), with n/p50/p95/p99. Writes the figures
 * between the `<!-- import results -->` markers of docs/benchmarks.md.
 *
 * Environment:
 *   BENCH_IMPORT_ROWS  rows of the file (100000)
 *   BENCH_IMPORT_CONCURRENCY  client list requests at a time (4)
 *   BENCH_IMPORT_IDLE  client list requests measured idle, after 200 to warm up (3000)
 *   BENCH_URL          a running gateway to measure (then CAMPAIGNS_DATABASE_URL or POSTGRES_URL must
 *                      reach its campaigns database); without it the platform is started here through
 *                      tools/run-all.js — under `flock /tmp/atrium-platform.lock` on a shared machine
 *   BENCH_REPORT       the report to write (docs/benchmarks.md)
 *   <SERVICE>_DATABASE_URL  databases other than atrium_<service> (tools/run-all.js), e.g. a set of
 *                      its own when the shared ones were migrated or sealed by another checkout
 */
const { Buffer } = require('node:buffer');
const { spawn, execFileSync } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { clearInterval, setInterval, setTimeout } = require('node:timers');

const { positiveInteger, quantile, withGateway, writeMarkedBlock } = require('./bench-support');

const ROOT = path.resolve(__dirname, '..');
const START = '<!-- import results -->';
const END = '<!-- /import results -->';

async function call(base, method, route, { body, token, csv } = {}) {
  const started = process.hrtime.bigint();
  const headers = { accept: 'application/json', 'idempotency-key': randomUUID() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csv !== undefined) headers['content-type'] = 'text/csv';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}${route}`, {
    method,
    headers,
    body: csv ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
  return { ms, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/**
 * Client list requests, `concurrency` at a time, until `stop()` says so; answers their latencies and
 * how many failed (a failed request is counted, not measured, and the load goes on).
 */
async function listLoad(base, token, concurrency, stop) {
  const latencies = [];
  let failed = 0;
  const worker = async () => {
    while (!stop(latencies.length + failed)) {
      try {
        latencies.push((await call(base, 'GET', '/v1/clients?limit=50', { token })).ms);
      } catch {
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, failed };
}

function latencySummary({ latencies, failed }) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    n: sorted.length,
    failed,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
  };
}

/** The campaigns process of this checkout, found by its command line. */
function campaignsPid() {
  const main = path.join('services', 'campaigns', 'dist', 'main.js');
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (!cmdline.some((arg) => arg === main || arg === path.join(ROOT, main))) continue;
      if (fs.realpathSync(`/proc/${entry}/cwd`) === ROOT || cmdline.includes(path.join(ROOT, main)))
        return Number(entry);
    } catch {
      // a process that ended meanwhile
    }
  }
  throw new Error('No campaigns process of this checkout is running (BENCH_URL names another platform?)');
}

function rssKiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function databaseUrl() {
  if (process.env.CAMPAIGNS_DATABASE_URL) return process.env.CAMPAIGNS_DATABASE_URL;
  const server = (process.env.POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
  return `${server}/atrium_campaigns`;
}

function csvOf(rows) {
  const lines = ['email,first_name,last_name,company,position,phone'];
  for (let row = 0; row < rows; row += 1)
    lines.push(
      `lead${row}@bench.example,Lead,Number ${row},Company ${row % 997},Buyer,+1 555 ${String(row).padStart(7, '0')}`,
    );
  return `${lines.join('\n')}\n`;
}

/** Runs psql with `input` on stdin; resolves the wall time in ms. */
function psql(url, sql, input) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Number(process.hrtime.bigint() - started) / 1e6)
        : reject(new Error(`psql: ${errors}`)),
    );
    child.stdin.end(input);
  });
}

/** The ceiling: the same rows COPYed into prospects for a client of their own, then deleted again. */
async function copyCeiling(rows, agencyId) {
  const url = databaseUrl();
  const clientId = randomUUID();
  const now = new Date().toISOString();
  const lines = [];
  for (let row = 0; row < rows; row += 1)
    lines.push(
      [
        randomUUID(),
        agencyId,
        clientId,
        `lead${row}@bench.example`,
        'Lead',
        `Number ${row}`,
        `Company ${row % 997}`,
        'Buyer',
        `+1 555 ${String(row).padStart(7, '0')}`,
        'active',
        now,
        now,
      ].join(','),
    );
  const ms = await psql(
    url,
    'COPY prospects (id, agency_id, client_id, email, first_name, last_name, company, position, phone, status, created_at, updated_at) FROM STDIN WITH (FORMAT csv)',
    `${lines.join('\n')}\n`,
  );
  execFileSync('psql', [url, '-q', '-c', `DELETE FROM prospects WHERE client_id = '${clientId}'`]);
  return ms;
}

async function measure(base, rows, concurrency, idleRequests) {
  const suffix = randomUUID().slice(0, 8);
  const signup = await call(base, 'POST', '/v1/auth/signup', {
    body: {
      agencyName: `Import Bench ${suffix}`,
      name: 'Ivy Importer',
      email: `ivy-${suffix}@bench.example`,
      password: 'Bench-Import-2026',
    },
  });
  const token = signup.body.accessToken;
  const agencyId = signup.body.user.agencyId ?? signup.body.agency?.id;
  const client = await call(base, 'POST', '/v1/clients', { token, body: { name: `Bench Client ${suffix}` } });
  // 29 more, so the list measured meanwhile is that of tools/bench-cleanup.js (30 clients).
  for (let index = 1; index < 30; index += 1)
    await call(base, 'POST', '/v1/clients', { token, body: { name: `Bench Client ${suffix} ${index}` } });
  // Warm caches and the JIT first, so the idle figures are not those of a cold platform.
  await listLoad(base, token, concurrency, (done) => done >= 200);
  process.stdout.write(
    `Measuring the client list idle, ${idleRequests} requests ${concurrency} at a time…\n`,
  );
  const idle = latencySummary(await listLoad(base, token, concurrency, (done) => done >= idleRequests));
  process.stdout.write(`Importing ${rows} rows while the client list load runs…\n`);
  const csv = Buffer.from(csvOf(rows));
  const pid = campaignsPid();
  const rssBefore = rssKiB(pid);
  let peak = rssBefore;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssKiB(pid));
    } catch {
      // the process ended: the run fails below
    }
  }, 50);
  let importEnded = false;
  const load = listLoad(base, token, concurrency, () => importEnded);
  const started = process.hrtime.bigint();
  let job;
  let uploadMs;
  let totalMs;
  try {
    const accepted = await call(base, 'POST', `/v1/clients/${client.body.id}/prospects/imports`, {
      token,
      csv,
    });
    uploadMs = Number(process.hrtime.bigint() - started) / 1e6;
    job = await followJob(base, token, accepted.headers.get('location'));
    totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    importEnded = true;
  }
  const during = latencySummary(await load);
  clearInterval(sampler);
  if (job.status !== 'succeeded' || job.imported !== rows)
    throw new Error(
      `the import ended ${job.status} with ${job.imported} of ${rows} rows: ${JSON.stringify(job)}`,
    );
  const copyMs = await copyCeiling(rows, agencyId ?? job.clientId);
  return { rows, bytes: csv.length, uploadMs, totalMs, copyMs, rssBefore, peak, idle, during, concurrency };
}

/** GET `location` (the import's job) until it ends; answers the job. */
async function followJob(base, token, location) {
  let job;
  // A shared machine's Postgres may refuse a connection now and then: a failed look is retried.
  for (let refused = 0; ;) {
    try {
      job = (await call(base, 'GET', location, { token })).body;
      if (job.status === 'succeeded' || job.status === 'failed') return job;
    } catch (error) {
      refused += 1;
      if (refused > 50) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function format(result) {
  const cpus = os.cpus();
  const mib = (kib) => (kib / 1024).toFixed(0);
  const importRate = Math.round(result.rows / (result.totalMs / 1000));
  const copyRate = Math.round(result.rows / (result.copyMs / 1000));
  const row = (label, s) =>
    `| ${label} | ${s.n} | ${s.failed} | ${[s.p50, s.p95, s.p99].map((ms) => (s.n ? ms.toFixed(1) : '–')).join(' | ')} |`;
  return [
    `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}: a file of ${result.rows} rows ` +
      `(${(result.bytes / 2 ** 20).toFixed(1)} MiB, six columns), platform started by tools/run-all.js` +
      `${process.env.DATABASE_POOL_SIZE ? ` with DATABASE_POOL_SIZE=${process.env.DATABASE_POOL_SIZE}` : ''}.`,
    '',
    '| path | seconds | rows/s | as % of COPY | campaigns RSS before → peak |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| upload answered (202, file kept) | ${(result.uploadMs / 1000).toFixed(1)} | | | |`,
    `| import through the gateway, to \`succeeded\` | ${(result.totalMs / 1000).toFixed(1)} | ${importRate} | ${((100 * importRate) / copyRate).toFixed(1)} % | ${mib(result.rssBefore)} → ${mib(result.peak)} MiB |`,
    `| plain COPY of the same rows (psql) | ${(result.copyMs / 1000).toFixed(1)} | ${copyRate} | 100.0 % | |`,
    '',
    `GET /v1/clients?limit=50 of the same agency (30 clients), ${result.concurrency} requests at a time after 200 to ` +
      'warm up, latency measured by the client, idle and then from the upload to the job answering `succeeded`; ' +
      'the machine is shared with other work, so compare the rows of one run:',
    '',
    '| client list | requests | failed | p50 ms | p95 ms | p99 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('idle', result.idle),
    row('during the import', result.during),
  ].join('\n');
}

async function main() {
  const rows = positiveInteger('BENCH_IMPORT_ROWS', 100_000);
  const concurrency = positiveInteger('BENCH_IMPORT_CONCURRENCY', 4);
  const idleRequests = positiveInteger('BENCH_IMPORT_IDLE', 3000);
  const result = await withGateway((base) => measure(base, rows, concurrency, idleRequests), {
    env: { LOGIN_RATE_LIMIT_PER_MINUTE: '100000' },
  });
  const results = format(result);
  process.stdout.write(`\n${results}\n`);
  const report = path.resolve(ROOT, process.env.BENCH_REPORT || 'docs/benchmarks.md');
  await writeMarkedBlock(report, { start: START, end: END, results });
  process.stdout.write(`\nWritten to ${report}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Benchmark failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
