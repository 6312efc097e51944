'use strict';
/* global fetch -- Node globals the shared ESLint config does not list */
/**
 * `make bench-cleanup` (deploy/scripts/bench.sh with BENCH_SCRIPT): a prospect cleanup of a big
 * prospect database, and what it costs the rest of the platform.
 *
 *   1. A new agency with 30 clients; one of them gets BENCH_CLEANUP_PROSPECTS prospects, written
 *      straight into campaigns' database by one SQL COPY (psql), then counted by campaigns' repair
 *      CLI (which republishes the counters) until the client list shows them.
 *   2. The client list (GET /v1/clients?limit=50, BENCH_CLEANUP_CONCURRENCY requests at a time) idle.
 *   3. POST /v1/clients/{id}/prospects/cleanup {mode: all} through the gateway, following
 *      GET /v1/jobs/{id} until it succeeds, while the same client list load runs.
 *
 * Prints rows/s and the list's latency idle and during the run, and writes them between the
 * `<!-- cleanup results -->` markers of docs/benchmarks.md (tools/bench.js owns the rest). The seeded
 * prospects are deleted afterwards.
 *
 * Environment:
 *   BENCH_CLEANUP_PROSPECTS    prospects seeded in the client (1000000)
 *   BENCH_CLEANUP_CONCURRENCY  client list requests at a time (4)
 *   BENCH_CLEANUP_IDLE         client list requests measured idle, after 200 to warm up (3000)
 *   BENCH_REPORT               the report to write (docs/benchmarks.md)
 *   BENCH_URL                  a running gateway to measure (then CAMPAIGNS_DATABASE_URL, or
 *                              POSTGRES_URL, must reach its campaigns database); without it the
 *                              platform is started here through tools/run-all.js
 */
const { spawn } = require('node:child_process');
const { randomBytes, randomUUID } = require('node:crypto');
const os = require('node:os');
const path = require('node:path');
const { Readable } = require('node:stream');
const { setTimeout: sleep } = require('node:timers/promises');
const { databaseUrl } = require('./run-all');

const { positiveInteger, quantile, withGateway, writeMarkedBlock } = require('./bench-support');

const ROOT = path.resolve(__dirname, '..');
const START = '<!-- cleanup results -->';
const END = '<!-- /cleanup results -->';

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

/** Runs one SQL statement with psql against campaigns' database, `input` as its COPY data. */
function psql(databaseUrlOfCampaigns, sql, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'psql',
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', databaseUrlOfCampaigns, '-c', sql],
      {
        stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`psql failed: ${output}`)),
    );
    if (input) input.pipe(child.stdin);
  });
}

/** `count` prospect rows of one client as COPY's CSV, produced as psql reads them. */
function prospectRows(agencyId, clientId, count) {
  let index = 0;
  const createdAt = new Date(Date.now() - 60_000).toISOString();
  return Readable.from(
    (function* rows() {
      while (index < count) {
        const lines = [];
        for (let n = 0; n < 5000 && index < count; n += 1, index += 1) {
          // Every fourth one was contacted long ago, every tenth validated: a database with history.
          const contacted = index % 4 === 0 ? '2025-01-15T10:00:00Z' : '';
          const validated = index % 10 === 0 ? '2025-01-10T10:00:00Z' : '';
          lines.push(
            `${randomUUID()},${agencyId},${clientId},prospect-${index}@bench.test,First${index},Last${index},` +
              `Company ${index % 997},active,${contacted},${validated},${createdAt},${createdAt}\n`,
          );
        }
        yield lines.join('');
      }
    })(),
  );
}

function runCli(campaignsDatabaseUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'services/campaigns/dist/cli.js'), 'repair-counters'],
      {
        env: { ...process.env, DATABASE_URL: campaignsDatabaseUrl, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output.trim()) : reject(new Error(output))));
  });
}

async function waitFor(what, timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** Client list requests, `concurrency` at a time, until `stop()` says so; answers their latencies. */
async function listLoad(base, token, concurrency, stop) {
  const latencies = [];
  const worker = async () => {
    while (!stop(latencies.length))
      latencies.push((await call(base, 'GET', '/v1/clients?limit=50', { token })).ms);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

function latencySummary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
  };
}

async function measure(base) {
  const prospects = positiveInteger('BENCH_CLEANUP_PROSPECTS', 1_000_000);
  const concurrency = positiveInteger('BENCH_CLEANUP_CONCURRENCY', 4);
  const idleRequests = positiveInteger('BENCH_CLEANUP_IDLE', 3000);
  const campaignsDb = databaseUrl('campaigns', process.env);
  const id = randomBytes(6).toString('hex');
  const { body: signedUp } = await call(base, 'POST', '/v1/auth/signup', {
    body: {
      agencyName: `Cleanup Agency ${id}`,
      name: 'Cleanup Runner',
      email: `cleanup-${id}@example.com`,
      password: `Cleanup-${id}-Passw0rd!`,
    },
  });
  const token = signedUp.accessToken;
  const me = (await call(base, 'GET', '/v1/me', { token })).body;
  const agencyId = me.agency.id;
  const clientIds = [];
  for (let index = 0; index < 30; index += 1)
    clientIds.push(
      (await call(base, 'POST', '/v1/clients', { token, body: { name: `Cleanup Client ${index}` } })).body.id,
    );
  const clientId = clientIds[0];

  try {
    process.stdout.write(`Seeding ${prospects} prospects by COPY…\n`);
    const seeded = Date.now();
    await psql(
      campaignsDb,
      `COPY prospects (id, agency_id, client_id, email, first_name, last_name, company, status, last_contacted_at,
                       email_validated_at, created_at, updated_at) FROM STDIN WITH (FORMAT csv)`,
      prospectRows(agencyId, clientId, prospects),
    );
    const seedSeconds = (Date.now() - seeded) / 1000;
    await psql(
      campaignsDb,
      `INSERT INTO client_prospect_counters (client_id, agency_id) VALUES ('${clientId}', '${agencyId}')
       ON CONFLICT DO NOTHING; ANALYZE prospects;`,
    );
    const counted = Date.now();
    process.stdout.write(`${await runCli(campaignsDb)}\n`);
    const listRow = async () =>
      (await call(base, 'GET', '/v1/clients?limit=50', { token })).body.items.find(
        (item) => item.id === clientId,
      )?.counters;
    await waitFor('the client list to show the seeded prospects', 120_000, async () =>
      (await listRow())?.storedProspects === prospects ? true : undefined,
    );
    const countSeconds = (Date.now() - counted) / 1000;

    // Warm caches and the JIT first, so the idle figures are not those of a cold platform.
    await listLoad(base, token, concurrency, (done) => done >= 200);
    process.stdout.write(
      `Measuring the client list idle, ${idleRequests} requests ${concurrency} at a time…\n`,
    );
    const idle = latencySummary(await listLoad(base, token, concurrency, (done) => done >= idleRequests));

    process.stdout.write('Cleaning up every prospect of the client…\n');
    const started = Date.now();
    const { body: accepted } = await call(base, 'POST', `/v1/clients/${clientId}/prospects/cleanup`, {
      token,
      body: { mode: 'all' },
    });
    let job;
    let finishedAt;
    const watch = (async () => {
      job = await waitFor('the cleanup job to end', 1_800_000, async () => {
        const { body } = await call(base, 'GET', `/v1/jobs/${accepted.job.id}`, { token });
        return body.status === 'succeeded' || body.status === 'failed' ? body : undefined;
      });
      finishedAt = Date.now();
    })();
    const during = latencySummary(await listLoad(base, token, concurrency, () => finishedAt !== undefined));
    await watch;
    if (job.status !== 'succeeded') throw new Error(`The cleanup failed: ${job.failure}`);
    const seconds = (finishedAt - started) / 1000;
    await waitFor('the client list to show no prospects', 60_000, async () =>
      (await listRow())?.storedProspects === 0 ? true : undefined,
    );
    return {
      prospects,
      seedSeconds,
      countSeconds,
      seconds,
      removed: job.progress,
      idle,
      during,
      concurrency,
    };
  } finally {
    await psql(
      campaignsDb,
      `DELETE FROM prospects WHERE client_id = '${clientId}'; DELETE FROM client_prospect_counters WHERE client_id = '${clientId}';`,
    ).catch((error) => process.stderr.write(`Could not delete the seeded prospects: ${error.message}\n`));
  }
}

function formatResults(result) {
  const cpus = os.cpus();
  const figure = (value) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  const row = (label, s) =>
    `| ${label} | ${s.n} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.p99.toFixed(1)} |`;
  return [
    `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} by \`make bench-cleanup\` on ${cpus.length} × ` +
      `${cpus[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
      'platform started by tools/run-all.js, CLEANUP_BATCH_SIZE 1000.',
    '',
    `- Seeded ${figure(result.prospects)} prospects in one client by one COPY in ${figure(result.seedSeconds)} s; the ` +
      `repair CLI counted them and the client list showed them ${figure(result.countSeconds)} s later.`,
    `- Cleanup \`all\` through the gateway: ${figure(result.removed)} prospects removed in ${figure(result.seconds)} s, ` +
      `**${figure(result.removed / result.seconds)} rows/s** (from the POST to GET /v1/jobs/{id} answering \`succeeded\`).`,
    '',
    `GET /v1/clients?limit=50 of the same agency (30 clients), ${result.concurrency} requests at a time after 200 to ` +
      'warm up, latency measured by the client; the machine is shared with other work, so compare the rows of one run:',
    '',
    '| client list | requests | p50 ms | p95 ms | p99 ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('idle', result.idle),
    row('during the cleanup', result.during),
  ].join('\n');
}

async function main() {
  const result = await withGateway(measure);
  const results = formatResults(result);
  process.stdout.write(`\n${results}\n`);
  const report = path.resolve(ROOT, process.env.BENCH_REPORT || 'docs/benchmarks.md');
  await writeMarkedBlock(report, { start: START, end: END, results });
  process.stdout.write(`\nWritten to ${report}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`Benchmark failed: ${error.stack ?? error}\n`);
    process.exit(1);
  },
);
