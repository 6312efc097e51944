'use strict';
/* global __filename, fetch -- Node globals the shared ESLint config does not list */
/**
 * `make bench` (after deploy/scripts/bench.sh builds and prepares the databases): requests per
 * second and latency of the gateway's hot routes next to a bare Express 5 route on the same
 * machine, which bounds what any Express app can do there. Prints a table and writes it below
 * the `<!-- results -->` marker of docs/benchmarks.md, keeping the prose above it.
 *
 * Environment:
 *   BENCH_DURATION      seconds per route (10)
 *   BENCH_CONNECTIONS   concurrent connections (50)
 *   BENCH_URL           a running gateway to measure; without it the platform is started here
 *                       through tools/run-all.js (its processes log at LOG_LEVEL, default warn)
 *   BENCH_ONLY_BARE=1   measure the bare Express route only, a check of this harness; writes nothing
 *   BENCH_REPORT        the report to write (docs/benchmarks.md)
 *   BENCH_LIST_CLIENTS  clients seeded for the client-list latency table (10000)
 *   BENCH_LIST_REQUESTS requests per client-list case and concurrency (500)
 *   BENCH_LIST_CONNECTIONS concurrent requests in the client-list cases (8)
 *   BENCH_PROFILE=1     instead of the tables: profile the gateway and tenancy (ATRIUM_CPU_PROF,
 *                       tools/run-all.js) under GET /v1/clients?limit=50 of the BENCH_LIST_CLIENTS
 *                       agency at BENCH_CONNECTIONS for BENCH_DURATION s, and print where each
 *                       request's CPU went in each (tools/profile-summary.js); writes nothing
 *   BENCH_PROFILE_PATH  the route BENCH_PROFILE measures instead (e.g. /v1/me)
 */
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { isMainThread, parentPort, Worker } = require('node:worker_threads');

const { call, positiveInteger, quantile, withGateway: withPlatform } = require('./bench-support');

const ROOT = path.resolve(__dirname, '..');
const MARKER = '<!-- results -->';
const CLIENTS_TO_CREATE = 30;
// At most 5: identity counts a login attempt from an address before it checks the password (and takes
// it back on success), so more than its 5 free attempts in flight at once from one address are
// throttled like guesses (docs/security.md). Argon2id on two cores saturates well before that.
const LOGIN_CONNECTIONS = 4;
const INTRO = `# Benchmarks

Throughput and latency of the gateway's hot routes, measured by \`make bench\` (tools/bench.js)
with autocannon. The first row is a bare Express 5 route answering a constant JSON body on the
same machine: the ceiling for any Express app there, so the last column shows what
authentication, gRPC calls and the databases behind each route cost. Everything (load
generator, gateway, backends, Postgres, NATS) shares one machine, so compare rows of one run
rather than runs on different machines. Each run replaces everything below the marker.
`;

/** Runs in a worker thread so the bare server has an event loop of its own, as the gateway has. */
function serveBareExpress() {
  const express = require('express');
  const app = express();
  app.get('/hello', (_request, response) => {
    response.json({ hello: 'world' });
  });
  const server = app.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
}

async function startBareExpress() {
  const worker = new Worker(__filename);
  const port = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return { url: `http://127.0.0.1:${port}/hello`, stop: () => worker.terminate() };
}

async function measure(route, url, settings, headers = {}, request = {}) {
  const autocannon = require('autocannon');
  process.stdout.write(`Measuring ${route} for ${settings.duration} s…\n`);
  const result = await autocannon({
    url,
    headers,
    connections: settings.connections,
    duration: settings.duration,
    ...request,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    const codes = Object.entries(result.statusCodeStats ?? {})
      .map(([code, { count }]) => `${code}×${count}`)
      .join(', ');
    throw new Error(
      `${route} failed during the run: ${result.non2xx} non-2xx responses${codes ? ` (${codes})` : ''}, ` +
        `${result.errors} errors, ${result.timeouts} timeouts out of ${result.requests.total} requests`,
    );
  }
  return {
    route,
    rps: result.requests.average,
    p50: result.latency.p50,
    mean: result.latency.mean,
    p99: result.latency.p99,
  };
}

/**
 * Latency of one GET under `connections` concurrent callers, timed per request: autocannon reports
 * p97.5 but not p95, which the client-list goal names.
 */
async function measureLatency(label, url, headers, { requests, connections }) {
  return timeCalls(label, { requests, connections }, async () => {
    const response = await fetch(url, { headers });
    const body = await response.json();
    if (!response.ok) throw new Error(`${label} answered ${response.status}: ${JSON.stringify(body)}`);
    return body.items.length;
  });
}

/** Times `requests` calls of `once` (which answers a row count), `connections` at a time. */
async function timeCalls(label, { requests, connections }, once) {
  process.stdout.write(`Measuring ${label} (${requests} requests, ${connections} at a time)…\n`);
  const latencies = [];
  let next = 0;
  let rows = 0;
  const worker = async () => {
    while (next < requests) {
      next += 1;
      const started = process.hrtime.bigint();
      rows = await once();
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  const began = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  latencies.sort((a, b) => a - b);
  return {
    label,
    rows,
    rps: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
  };
}

/** Runs work(baseUrl) against BENCH_URL, or against a platform started for the occasion. */
function withGateway(work) {
  return withPlatform(work, {
    // One load generator is one IP: lift the gateway's per-IP login limit so the login row measures
    // Argon2id, not the limiter's 429s. A BENCH_URL gateway keeps its own setting.
    env: { LOGIN_RATE_LIMIT_PER_MINUTE: '100000' },
    busy: (port) =>
      `Something already answers on port ${port}. To measure it, run BENCH_URL=http://localhost:${port} make bench; ` +
      'otherwise stop it first.',
  });
}

/** A fresh agency with clients, so each run measures the same amount of data. */
async function seedAgency(base) {
  const id = randomBytes(6).toString('hex');
  const credentials = { email: `bench-${id}@example.com`, password: `Bench-${id}-Passw0rd!` };
  const { accessToken } = await call(base, 'POST', '/v1/auth/signup', {
    body: { agencyName: `Bench Agency ${id}`, name: 'Bench Runner', ...credentials },
  });
  if (!accessToken) throw new Error('POST /v1/auth/signup answered without an accessToken');
  for (let index = 1; index <= CLIENTS_TO_CREATE; index += 1) {
    await call(base, 'POST', '/v1/clients', { token: accessToken, body: { name: `Bench Client ${index}` } });
  }
  return { accessToken, credentials };
}

/**
 * One case twice: one request at a time (the latency a person sees) and `listConnections` at a time
 * (the same machine under load, where requests queue for its two cores).
 */
async function measureBoth(label, url, headers, settings) {
  const alone = await measureLatency(label, url, headers, {
    requests: settings.listRequests,
    connections: 1,
  });
  const loaded = await measureLatency(label, url, headers, {
    requests: settings.listRequests,
    connections: settings.listConnections,
  });
  return { ...alone, loaded };
}

/**
 * The first page of the list read in this process with pg from tenancy's database: every column of
 * the clients and their owner's name, turned to JSON, as a monolith would answer it. What the
 * gateway's row adds to it is the cost of the services between (HTTP, gRPC, access, RLS).
 */
async function measureInProcess(agencyId, settings) {
  const { Pool } = require('pg');
  const { tenancyDatabaseUrl } = require('./seed-clients');
  const pool = new Pool({ connectionString: tenancyDatabaseUrl(), max: settings.listConnections });
  const page = async () => {
    const { rows } = await pool.query(
      `SELECT c.*, m.name AS owner_name
         FROM clients c JOIN agency_members m ON m.agency_id = c.agency_id AND m.user_id = c.owner_id
        WHERE c.agency_id = $1 AND c.status IN ('active', 'inactive')
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT 51`,
      [agencyId],
    );
    return JSON.parse(JSON.stringify({ items: rows.slice(0, 50) })).items.length;
  };
  try {
    const label = 'in-process pg, first page, newest first';
    await timeCalls(label, { requests: 50, connections: settings.listConnections }, page);
    const alone = await timeCalls(label, { requests: settings.listRequests, connections: 1 }, page);
    const loaded = await timeCalls(
      label,
      { requests: settings.listRequests, connections: settings.listConnections },
      page,
    );
    return { ...alone, loaded };
  } finally {
    await pool.end();
  }
}

/** A new agency with `settings.clients` clients; answers its id and a member's headers. */
async function seedListAgency(base, settings) {
  const { seedClients, tenancyDatabaseUrl } = require('./seed-clients');
  const id = randomBytes(6).toString('hex');
  const { accessToken } = await call(base, 'POST', '/v1/auth/signup', {
    body: {
      agencyName: `Bench List ${id}`,
      name: 'Bench Lister',
      email: `bench-list-${id}@example.com`,
      password: `Bench-${id}-Passw0rd!`,
    },
  });
  const me = await call(base, 'GET', '/v1/me', { token: accessToken });
  process.stdout.write(`Seeding ${settings.clients} clients into agency ${me.agency.id}…\n`);
  await seedClients(tenancyDatabaseUrl(), me.agency.id, settings.clients);
  return {
    agencyId: me.agency.id,
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
  };
}

/** The client list of an agency with many clients (tenancy issue: 10,000 clients, pages of 50). */
async function measureClientList(base, settings) {
  const { agencyId, headers } = await seedListAgency(base, settings);
  const cases = [
    ['first page, newest first', 'limit=50'],
    ['sorted by name', 'limit=50&sort=name'],
    ['sorted by owner name', 'limit=50&sort=ownerName'],
    ['sorted by running campaigns', 'limit=50&sort=runningCampaigns'],
    ['search q=client 09', 'limit=50&q=client%2009'],
    ['tag=saas', 'limit=50&tag=saas'],
    ['status=inactive', 'limit=50&status=inactive'],
  ];
  const rows = [];
  for (const [label, query] of cases) {
    const url = `${base}/v1/clients?${query}`;
    // Warm the caches and the connection pools, as a running service has them.
    await measureLatency(label, url, headers, { requests: 50, connections: settings.listConnections });
    rows.push(await measureBoth(label, url, headers, settings));
  }
  // A page deep in the list: follow the cursor 20 pages, then measure that page.
  let cursor = null;
  for (let page = 0; page < 20; page += 1) {
    const response = await fetch(`${base}/v1/clients?limit=50${cursor ? `&cursor=${cursor}` : ''}`, {
      headers,
    });
    if (!response.ok)
      throw new Error(`GET /v1/clients answered ${response.status}: ${await response.text()}`);
    cursor = (await response.json()).nextCursor;
  }
  const deepUrl = `${base}/v1/clients?limit=50&cursor=${cursor}`;
  rows.push(await measureBoth('page 21 by cursor', deepUrl, headers, settings));
  return { rows, inProcess: await measureInProcess(agencyId, settings) };
}

function formatListTable({ rows, inProcess }, settings) {
  const ms = (value) => value.toFixed(1);
  const loaded = `${settings.listConnections} at a time`;
  const line = (row) =>
    `| ${row.label} | ${row.rows} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ` +
    `${Math.round(row.loaded.rps)} | ${ms(row.loaded.p50)} | ${ms(row.loaded.p95)} | ${ms(row.loaded.p99)} |`;
  const gateway = rows[0];
  const ratio = (key) => `${(gateway[key] / inProcess[key]).toFixed(1)}×`;
  return [
    `GET /v1/clients for an agency with ${settings.clients} clients (seeded by tools/seed-clients.js), pages of 50, ` +
      `${settings.listRequests} requests per case one at a time and again ${loaded}; latency measured by the ` +
      `client, goal p95 ≤ 30 ms ${loaded}. The last row reads the first page in the bench process with pg from ` +
      "tenancy's database (every column and the owner's name, rows to JSON).",
    '',
    `| case | rows | p50 ms | p95 ms | p99 ms | rps, ${loaded} | p50 ms, ${loaded} | p95 ms, ${loaded} | p99 ms, ${loaded} |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(line),
    line(inProcess),
    '',
    `The first page through the gateway against the same page in-process: p50 ${ms(gateway.p50)} ms / ` +
      `${ms(inProcess.p50)} ms = **${ratio('p50')}** one at a time (goal ≤ 3×), p95 ${ratio('p95')}; ` +
      `${loaded}, p50 ${(gateway.loaded.p50 / inProcess.loaded.p50).toFixed(1)}×.`,
  ].join('\n');
}

function formatTable(rows) {
  const bare = rows[0].rps;
  const lines = [
    '| route | rps | p50 ms | p99 ms | rps as % of bare Express |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.route} | ${Math.round(row.rps)} | ${row.p50} | ${row.p99} | ${((row.rps / bare) * 100).toFixed(1)} % |`,
    ),
  ];
  return lines.join('\n');
}

/** The 1, 5 and 15-minute load averages, as uptime shows them. */
function loadAverage() {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}

function formatResults(rows, settings, target, listRows) {
  const cpus = os.cpus();
  const memoryGiB = (os.totalmem() / 2 ** 30).toFixed(0);
  return [
    `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `${memoryGiB} GiB, ${os.type()} ${os.release()}, Node ${process.version}; load average ` +
      `${settings.loadAtStart} at the start and ${loadAverage()} at the end (other work on the machine ` +
      'slows every row, the bare route too).',
    '',
    `Settings: autocannon ${require('autocannon/package.json').version}, ${settings.duration} s per route, ` +
      `${settings.connections} connections; ${target}.` +
      (rows.length > 1
        ? ` The /v1 routes use the bearer token of a new agency with ${CLIENTS_TO_CREATE} clients ` +
          '(GET /v1/clients returns its first page).'
        : ''),
    '',
    formatTable(rows),
    ...(listRows ? ['', formatListTable(listRows, settings)] : []),
  ].join('\n');
}

/**
 * Replaces the results between the marker and the next marked section of the report (another bench's
 * `<!-- … -->`, which stays as it is) or its end, keeping (or creating) the prose above.
 * Formatted as `make lint` checks it (prettier aligns the table).
 */
async function writeReport(file, results) {
  const prettier = require('prettier');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `${INTRO}\n${MARKER}\n`;
  const at = existing.indexOf(MARKER);
  const head = at === -1 ? `${existing.trimEnd()}\n\n${MARKER}` : existing.slice(0, at + MARKER.length);
  const next = at === -1 ? -1 : existing.indexOf('\n<!-- ', at + MARKER.length);
  const tail = next === -1 ? '' : `\n${existing.slice(next + 1)}`;
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await prettier.format(`${head}\n\n${results}\n${tail}`, options));
}

async function main() {
  const settings = {
    duration: positiveInteger('BENCH_DURATION', 10),
    connections: positiveInteger('BENCH_CONNECTIONS', 50),
    clients: positiveInteger('BENCH_LIST_CLIENTS', 10000),
    listRequests: positiveInteger('BENCH_LIST_REQUESTS', 500),
    listConnections: positiveInteger('BENCH_LIST_CONNECTIONS', 8),
    loadAtStart: loadAverage(),
  };
  if (process.env.BENCH_PROFILE) return profileList(settings);
  let listRows = null;
  const bareServer = await startBareExpress();
  const rows = [];
  try {
    rows.push(await measure('bare Express 5: GET /hello', bareServer.url, settings));
  } finally {
    await bareServer.stop();
  }
  let target = 'bare Express only';
  if (!process.env.BENCH_ONLY_BARE) {
    target = process.env.BENCH_URL
      ? `gateway at ${process.env.BENCH_URL}`
      : `platform started by tools/run-all.js, LOG_LEVEL=${process.env.LOG_LEVEL || 'warn'}`;
    await withGateway(async (base) => {
      process.stdout.write(`Signing up a bench agency with ${CLIENTS_TO_CREATE} clients at ${base}\n`);
      const { accessToken, credentials } = await seedAgency(base);
      const auth = { authorization: `Bearer ${accessToken}` };
      rows.push(await measure('GET /v1/me', `${base}/v1/me`, settings, auth));
      rows.push(await measure('GET /v1/clients', `${base}/v1/clients`, settings, auth));
      // Argon2id-bound by design (tens of ms of one core per login, see docs/security.md): more
      // connections than cores only queue, so this row uses LOGIN_CONNECTIONS.
      rows.push(
        await measure(
          `POST /v1/auth/login (${LOGIN_CONNECTIONS} connections)`,
          `${base}/v1/auth/login`,
          settings,
          { 'content-type': 'application/json' },
          { method: 'POST', body: JSON.stringify(credentials), connections: LOGIN_CONNECTIONS },
        ),
      );
      listRows = await measureClientList(base, settings);
    });
  }
  const results = formatResults(rows, settings, target, listRows);
  process.stdout.write(`\n${results}\n`);
  if (!process.env.BENCH_ONLY_BARE) {
    const report = path.resolve(ROOT, process.env.BENCH_REPORT || 'docs/benchmarks.md');
    await writeReport(report, results);
    process.stdout.write(`\nWritten to ${report}\n`);
  }
}

/** BENCH_PROFILE=1: CPU profiles of the gateway and tenancy under the list, summarised per request. */
async function profileList(settings) {
  const { categoryOf, formatSummary, summarise } = require('./profile-summary');
  const dir = path.resolve(ROOT, process.env.ATRIUM_CPU_PROF_DIR || path.join('.run', 'cpu-prof'));
  const names = (process.env.ATRIUM_CPU_PROF || 'gateway,tenancy').split(',');
  process.env.ATRIUM_CPU_PROF = names.join(',');
  process.env.ATRIUM_CPU_PROF_DIR = dir;
  const since = Date.now();
  let run;
  await withGateway(async (base) => {
    const { headers } = await seedListAgency(base, settings);
    const route = process.env.BENCH_PROFILE_PATH || '/v1/clients?limit=50';
    const url = `${base}${route}`;
    await measure(`GET ${route} (warm-up)`, url, { ...settings, duration: 2 }, headers);
    const from = Number(process.hrtime.bigint() / 1000n);
    const result = await measure(`GET ${route} (profiled)`, url, settings, headers);
    run = { ...result, requests: Math.round(result.rps * settings.duration), from };
    run.to = Number(process.hrtime.bigint() / 1000n);
  });
  process.stdout.write(
    `\n${Math.round(run.rps)} rps, p50 ${run.p50} ms, ${run.requests} requests at ${settings.connections} connections\n`,
  );
  for (const name of names) {
    const file = fs
      .readdirSync(dir)
      .filter((entry) => entry.startsWith(`${name}.`) && entry.endsWith('.cpuprofile'))
      .map((entry) => path.join(dir, entry))
      .filter((entry) => fs.statSync(entry).mtimeMs >= since)
      .sort()
      .pop();
    if (!file) {
      process.stdout.write(`\nNo profile of ${name} in ${dir}\n`);
      continue;
    }
    const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
    process.stdout.write(`\n${name} (${path.relative(ROOT, file)}):\n\n`);
    const byCategory = summarise(profile, run, categoryOf);
    process.stdout.write(`${formatSummary(byCategory, { requests: run.requests, top: 14 })}\n\n`);
    const byPackage = summarise(profile, run);
    process.stdout.write(`${formatSummary(byPackage, { requests: run.requests, top: 14 })}\n`);
  }
}

if (!isMainThread) {
  serveBareExpress();
} else if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`Benchmark failed: ${error.message}`);
      process.exit(1);
    },
  );
}

module.exports = {
  loadAverage,
  measure,
  measureClientList,
  formatTable,
  formatListTable,
  timeCalls,
  writeReport,
};
