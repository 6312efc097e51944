'use strict';
/* global fetch -- a Node global the shared ESLint config does not list */
/**
 * `make bench-tax` (also run by `make bench`, after deploy/scripts/bench.sh builds and prepares the
 * databases): what the services cost beside what the same work costs without them, in three rows.
 *
 * 1. GET /v1/clients/{id} one request at a time through the gateway, gRPC and tenancy, next to the
 *    one statement tenancy's GetClient sends (client_entry: the tenant for row-level security, the
 *    caller's standing and the client's row) issued in this process with pg.
 * 2. Outbox commit to consumer: agency.updated rows written into tenancy's outbox by its own
 *    enqueueEvent at a steady rate, each in its own transaction; tenancy's relay publishes them. The
 *    latency from each commit to a durable JetStream consumer of this bench, and to notification's
 *    handler (its inbox_events row). The event carries the bench agency's branding as it is, so
 *    notification's projection writes what it already holds and no email is sent.
 * 3. GET /v1/me under autocannon with OpenTelemetry off, then on and exporting to an OTLP/HTTP
 *    receiver this bench runs, then on with 10 % sampling, the platform restarted between them,
 *    the three alternated.
 *
 * Row 2 lives in tools/bench-tax-pipeline.js, the OTLP receiver of row 3 in tools/otlp-span-counter.js.
 * Prints the results and writes them between the `<!-- tax results -->` markers of
 * docs/benchmarks.md. It starts its platforms itself (tools/run-all.js), so BENCH_URL is refused.
 *
 * Environment:
 *   BENCH_TAX_REQUESTS          GET /v1/clients/{id} requests per side, after 50 to warm up (500)
 *   BENCH_TAX_EVENTS_PER_SECOND outbox events committed per second (500)
 *   BENCH_TAX_SECONDS           seconds of events (10)
 *   BENCH_TAX_ROUNDS            rounds of the tracing row, each off, on and sampled (2)
 *   BENCH_DURATION              autocannon seconds per tracing run (10)
 *   BENCH_CONNECTIONS           autocannon connections (50)
 *   BENCH_REPORT                the report to write (docs/benchmarks.md)
 *   NATS_URL, EVENTS_NAMESPACE  the platform's NATS and stream namespace (nats://127.0.0.1:4222, none)
 */
const { randomBytes } = require('node:crypto');
const os = require('node:os');
const path = require('node:path');

const { loadAverage, measure, timeCalls } = require('./bench');
const { call, positiveInteger, withGateway: withPlatform, writeMarkedBlock } = require('./bench-support');
const { measurePipeline, measureWriteRate } = require('./bench-tax-pipeline');
const { startReceiver } = require('./otlp-span-counter');

const ROOT = path.resolve(__dirname, '..');
const START = '<!-- tax results -->';
const END = '<!-- /tax results -->';
const WARM_UP = 50;
const TAX_INTRO = `\`make bench-tax\` (tools/bench-tax.js, also run by \`make bench\`) measures three costs of the
platform's shape in one run, each beside a baseline without it. The machine's two cores are shared
by the load generator, six Node processes, Postgres and NATS, so compare the columns of one run.

**A read through the services.** \`GET /v1/clients/{id}\`, one request at a time (50 to warm up, then
500), through the gateway (authentication from its caches, a gRPC call) to tenancy, whose GetClient
sends one statement on its \`pg\` pool: the prepared \`CLIENT_ENTRY_STATEMENT\`
(services/tenancy/src/store/client-access.ts) over the \`client_entry\` function, which names the
tenant for row-level security and reads the caller's standing and the client's row
(\`CLIENT_COLUMNS\`) together; tenancy decides entry from it in code. The baseline issues that same
statement in the bench process with \`pg\`, as tenancy's role \`atrium_tenancy_app\` (so row-level
security applies), and turns the row to JSON: what a monolith running the same query would pay. The
SQL is the same on both sides; the difference is the gateway's work, HTTP, gRPC and protobuf, and
tenancy's own work around the statement.

**The event pipeline.** Events are produced by writing outbox rows into tenancy's database in this
process with libs/events \`enqueueEvent\` (the function tenancy's use cases call, so the row, its
proto3 JSON payload and the \`pg_notify\` are exactly theirs), one transaction per event, paced to
the target rate; tenancy's own relay (woken by the notification) publishes them to JetStream.
Writing them through the gateway (\`PATCH /v1/agency\`) would measure the write path rather than the
pipeline, and on two cores it does not reach 500 a second: the bench measures it for 5 s first and
prints its rate beside the pipeline's. The event is \`agency.updated\` of the bench's
own agency carrying its branding unchanged: notification's handler rewrites the same branding, the
gateway drops its cached profile of that agency, and nothing is mailed; no audit entry is written,
since no use case ran. Latency runs from the moment \`COMMIT\` returned to the bench to (a) a durable
JetStream consumer the bench creates on the stream (deleted afterwards) receiving the message, and
(b) notification's \`inbox_events.handled_at\`, the start of the transaction in which its handler ran
(Postgres' \`now()\`; the same clock, one machine). The relay publishes one row at a time awaiting
each acknowledgement, and every consumer takes one message at a time, so a rate above what either
sustains shows as a growing latency rather than as errors.

**Tracing and metrics.** \`GET /v1/me\` under autocannon (50 connections, 10 s after 2 s to warm up),
the platform started with OpenTelemetry off (\`OTEL_SDK_DISABLED=true\`, as \`make up\` and \`make bench\`
run), again with it on and every request traced, exporting by OTLP/HTTP (protobuf) to a receiver the
bench runs on loopback (a worker thread that answers 200 and counts the spans), and again with the
sampling docs/operations.md suggests for production (\`parentbased_traceidratio\`, 0.1). The platform
is restarted before each run and the kinds alternate (off, on, sampled, off, on, sampled) so that
drift on the shared machine falls on all of them. Prometheus metrics (the gateway's
\`httpMetrics\` middleware, one histogram observation per request) are always on in the product, in
every run. Their share is estimated separately: the middleware's own time per request, measured
by calling it a million times in the bench process, against the gateway's time per request at the
measured rate (the gateway is one saturated thread under 50 connections).`;

/** The in-process baseline: the statement tenancy's GetClient sends, name and text (see TAX_INTRO). */
function getClientStatement() {
  return require('../services/tenancy/dist/store/client-access').CLIENT_ENTRY_STATEMENT;
}

/** A new agency with one client: its owner's token and ids. */
async function seedAgency(base) {
  const id = randomBytes(6).toString('hex');
  const { accessToken: token } = await call(base, 'POST', '/v1/auth/signup', {
    body: {
      agencyName: `Bench Tax ${id}`,
      name: 'Bench Runner',
      email: `bench-tax-${id}@example.com`,
      password: `Bench-${id}-Passw0rd!`,
    },
  });
  const me = await call(base, 'GET', '/v1/me', { token });
  const client = await call(base, 'POST', '/v1/clients', { token, body: { name: 'Bench Tax Client' } });
  return { token, agencyId: me.agency.id, userId: me.user.id, clientId: client.id };
}

/** Row 1: GET /v1/clients/{id} through the platform, then tenancy's statements in-process. */
async function measureRead(base, agency, settings) {
  const { Pool } = require('pg');
  const { tenancyDatabaseUrl } = require('./seed-clients');
  const url = `${base}/v1/clients/${agency.clientId}`;
  const headers = { authorization: `Bearer ${agency.token}`, accept: 'application/json' };
  const viaGateway = async () => {
    const response = await fetch(url, { headers });
    const body = await response.json();
    if (!response.ok)
      throw new Error(`GET /v1/clients/{id} answered ${response.status}: ${JSON.stringify(body)}`);
    return 1;
  };
  const label = 'GET /v1/clients/{id} through the gateway';
  await timeCalls(label, { requests: WARM_UP, connections: 1 }, viaGateway);
  const gateway = await timeCalls(label, { requests: settings.requests, connections: 1 }, viaGateway);

  const statement = getClientStatement();
  const role = process.env.DATABASE_APP_ROLE || 'atrium_tenancy_app';
  const pool = new Pool({ connectionString: tenancyDatabaseUrl(), max: 1, options: `-c role=${role}` });
  const inProcess = async () => {
    // One statement, one implicit transaction, as tenancy's selectAsTenant sends it.
    const { rows } = await pool.query({
      ...statement,
      values: [agency.agencyId, agency.userId, agency.clientId],
    });
    if (rows.length !== 1 || rows[0].client_id !== agency.clientId)
      throw new Error('the in-process read found no client');
    JSON.parse(JSON.stringify({ client: rows[0] }));
    return 1;
  };
  try {
    const baseline = 'the same statement in-process with pg';
    await timeCalls(baseline, { requests: WARM_UP, connections: 1 }, inProcess);
    return {
      gateway,
      inProcess: await timeCalls(baseline, { requests: settings.requests, connections: 1 }, inProcess),
    };
  } finally {
    await pool.end();
  }
}

/** Microseconds the gateway's httpMetrics middleware takes per request, called alone in this process. */
function metricsMicroseconds() {
  const { EventEmitter } = require('node:events');
  const { httpMetrics } = require('../services/gateway/dist/metrics/http-metrics');
  const middleware = httpMetrics();
  const request = { method: 'GET', route: { path: '/v1/me' } };
  const calls = 1_000_000;
  const once = () => {
    const response = new EventEmitter();
    response.writableFinished = true;
    response.statusCode = 200;
    middleware(request, response, () => {});
    response.emit('close');
  };
  const bare = () => {
    const response = new EventEmitter();
    response.writableFinished = true;
    response.statusCode = 200;
    response.emit('close');
  };
  const time = (work) => {
    for (let index = 0; index < calls / 10; index += 1) work();
    const started = process.hrtime.bigint();
    for (let index = 0; index < calls; index += 1) work();
    return Number(process.hrtime.bigint() - started) / 1e3 / calls;
  };
  // The emitter and the close event stand in for the response the gateway has anyway.
  return Math.max(0, time(once) - time(bare));
}

/**
 * The tracing runs: off; on, every request traced and exported; and on with the sampling
 * docs/operations.md suggests for production (10 % of traces started here).
 */
const TRACING_MODES = {
  off: { label: 'off', env: () => ({ OTEL_SDK_DISABLED: 'true' }) },
  on: {
    label: 'on, every request exported',
    env: (receiver) => ({
      OTEL_SDK_DISABLED: 'false',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/protobuf',
    }),
  },
  sampled: {
    label: 'on, 10 % sampled',
    env: (receiver) => ({
      ...TRACING_MODES.on.env(receiver),
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.1',
    }),
  },
};

/** Row 3: GET /v1/me on a platform started for the occasion in one of TRACING_MODES. */
async function measureMe(mode, credentials, settings, receiver) {
  return withGateway(TRACING_MODES[mode].env(receiver), async (base) => {
    const { accessToken } = await call(base, 'POST', '/v1/auth/login', { body: credentials });
    const auth = { authorization: `Bearer ${accessToken}` };
    const label = `GET /v1/me, tracing ${TRACING_MODES[mode].label}`;
    await measure(`${label} (warm-up)`, `${base}/v1/me`, { ...settings, duration: 2 }, auth);
    const spansBefore = await receiver.spans();
    const result = await measure(label, `${base}/v1/me`, settings, auth);
    return { ...result, mode, spans: (await receiver.spans()) - spansBefore };
  });
}

function withGateway(env, work) {
  return withPlatform(work, {
    env,
    busy: (port) => `Something already answers on port ${port}: stop it first (this bench starts its own).`,
  });
}

/** Signs up the agency the tracing runs log in as, on a platform of their own. */
async function seedTracingAgency(base) {
  const id = randomBytes(6).toString('hex');
  const credentials = { email: `bench-tax-me-${id}@example.com`, password: `Bench-${id}-Passw0rd!` };
  await call(base, 'POST', '/v1/auth/signup', {
    body: { agencyName: `Bench Tax Me ${id}`, name: 'Bench Runner', ...credentials },
  });
  return credentials;
}

const ms = (value) => value.toFixed(1);
const percent = (value) => `${value.toFixed(1)} %`;
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

function formatResults({ read, pipeline, tracing, metricsUs }, settings) {
  const { gateway, inProcess } = read;
  const averaged = (mode) => {
    const runs = tracing.filter((run) => run.mode === mode);
    return {
      rps: mean(runs.map((run) => run.rps)),
      p50: mean(runs.map((run) => run.p50)),
      mean: mean(runs.map((run) => run.mean)),
    };
  };
  const off = averaged('off');
  const overhead = (mode) => {
    const on = averaged(mode);
    return (
      `${TRACING_MODES[mode].label}: rps ${Math.round(off.rps)} → ${Math.round(on.rps)} ` +
      `(**${percent(((off.rps - on.rps) / off.rps) * 100)} fewer**), p50 ${ms(off.p50)} → ${ms(on.p50)} ms ` +
      `(**${percent(((on.p50 - off.p50) / off.p50) * 100)} longer**), mean latency ` +
      `${percent(((on.mean - off.mean) / off.mean) * 100)} longer`
    );
  };
  const readLine = (label, row) =>
    `| ${label} | ${settings.requests} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} |`;
  const pipelineLine = (label, row) =>
    `| ${label} | ${row.count} | ${Math.round(row.perSecond)} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ${ms(row.max)} |`;
  const metricsShare = metricsUs * off.rps * 1e-6 * 100;
  return [
    `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} by \`make bench-tax\` on ${os.cpus().length} × ` +
      `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; load average ` +
      `${settings.loadAtStart} at the start and ${loadAverage()} at the end (1, 5 and 15 minutes).`,
    '',
    `**1. GET /v1/clients/{id}**, one request at a time after ${WARM_UP} to warm up, latency measured by the caller:`,
    '',
    '| path | requests | p50 ms | p95 ms | p99 ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    readLine('gateway → gRPC → tenancy → Postgres', gateway),
    readLine("tenancy's one statement in-process (pg, same role and RLS)", inProcess),
    '',
    `Through the services ÷ in-process: p50 ${ms(gateway.p50)} ms / ${ms(inProcess.p50)} ms = ` +
      `**${(gateway.p50 / inProcess.p50).toFixed(1)}×** (goal ≤ 2×), p95 ${(gateway.p95 / inProcess.p95).toFixed(1)}×.`,
    '',
    `**2. Outbox commit → consumer**: ${pipeline.events} \`agency.updated\` rows committed in tenancy's outbox ` +
      `at a target of ${settings.eventsPerSecond}/s for ${settings.seconds} s, **${pipeline.rate.toFixed(0)}/s achieved**, ` +
      "published by tenancy's relay. The write path alone, for comparison: `PATCH /v1/agency` through the gateway " +
      `(${pipeline.writes.connections} connections, ${pipeline.writes.seconds} s, each request changing the agency and ` +
      'enqueuing its event) ' +
      `answered ${Math.round(pipeline.writes.rps)} requests/s, p50 ${pipeline.writes.p50} ms.`,
    '',
    '| consumer | events | events/s, first commit to last arrival | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    pipelineLine("the bench's durable JetStream consumer (received)", pipeline.benchConsumer),
    pipelineLine("notification's handler (inbox_events.handled_at)", pipeline.notification),
    '',
    `**3. GET /v1/me with tracing off and on**, autocannon ${settings.connections} connections, ${settings.duration} s per run ` +
      '(after 2 s to warm up), the platform restarted before each run, runs in the order shown:',
    '',
    '| run | tracing | rps | p50 ms | mean ms | p99 ms | spans received |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...tracing.map(
      (run, index) =>
        `| ${index + 1} | ${TRACING_MODES[run.mode].label} | ${Math.round(run.rps)} | ${run.p50} | ` +
        `${ms(run.mean)} | ${run.p99} | ${run.mode === 'off' ? '—' : run.spans} |`,
    ),
    '',
    `Tracing's overhead, means of the runs of each kind (goal ≤ 10 %): ${overhead('on')}; ${overhead('sampled')}.`,
    '',
    `Metrics, on in every run: the httpMetrics middleware alone takes ${metricsUs.toFixed(2)} µs per request, ` +
      `about ${metricsShare.toFixed(1)} % of the gateway's time per request at ${Math.round(off.rps)} rps.`,
  ].join('\n');
}

async function main() {
  if (process.env.BENCH_URL) throw new Error('BENCH_URL is not supported: this bench restarts the platform');
  for (const name of ['OTEL_SDK_DISABLED', 'OTEL_EXPORTER_OTLP_ENDPOINT'])
    if (process.env[name] !== undefined) throw new Error(`unset ${name}: this bench sets it for each run`);
  const settings = {
    requests: positiveInteger('BENCH_TAX_REQUESTS', 500),
    eventsPerSecond: positiveInteger('BENCH_TAX_EVENTS_PER_SECOND', 500),
    seconds: positiveInteger('BENCH_TAX_SECONDS', 10),
    rounds: positiveInteger('BENCH_TAX_ROUNDS', 2),
    duration: positiveInteger('BENCH_DURATION', 10),
    connections: positiveInteger('BENCH_CONNECTIONS', 50),
    loadAtStart: loadAverage(),
  };
  let read;
  let pipeline;
  let credentials;
  await withGateway({ OTEL_SDK_DISABLED: 'true' }, async (base) => {
    process.stdout.write(`Signing up a bench agency with one client at ${base}\n`);
    const agency = await seedAgency(base);
    read = await measureRead(base, agency, settings);
    const writes = await measureWriteRate(base, agency);
    pipeline = { ...(await measurePipeline(agency, settings)), writes };
    credentials = await seedTracingAgency(base);
  });
  const receiver = await startReceiver();
  const tracing = [];
  try {
    for (let round = 0; round < settings.rounds; round += 1) {
      for (const mode of Object.keys(TRACING_MODES))
        tracing.push(await measureMe(mode, credentials, settings, receiver));
    }
  } finally {
    await receiver.stop();
  }
  const results = formatResults({ read, pipeline, tracing, metricsUs: metricsMicroseconds() }, settings);
  process.stdout.write(`\n${results}\n`);
  const report = path.resolve(ROOT, process.env.BENCH_REPORT || 'docs/benchmarks.md');
  await writeMarkedBlock(report, {
    start: START,
    end: END,
    results,
    section: (block) => `## The microservice tax and the event pipeline\n\n${TAX_INTRO}\n\n${block}`,
  });
  process.stdout.write(`\nWritten to ${report}\n`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`Tax benchmark failed: ${error.message}`);
      process.exit(1);
    },
  );
}
