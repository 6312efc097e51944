'use strict';
/* global fetch, URL -- Node globals the shared ESLint config does not list */
/**
 * `make dashboard-snapshot`: what an operator sees on the Grafana dashboard
 * (charts/atrium/dashboards/atrium.json), without Prometheus or Grafana. It starts the local platform
 * (tools/run-all.js), sends a short run of mixed traffic through the gateway, scrapes every process's
 * GET /metrics every few seconds as Prometheus would, computes each panel's series the way its query
 * does (rates from counter deltas, quantiles from histogram bucket deltas) and plots them with gnuplot
 * into docs/images/dashboard.png.
 *
 * Settings: SNAPSHOT_SECONDS (90) of traffic, SNAPSHOT_SCRAPE_MS (3000) between scrapes,
 * SNAPSHOT_OUTPUT (docs/images/dashboard.png). Uses the fixed local ports: run it under
 * `flock /tmp/atrium-platform.lock` on a shared machine.
 */
const { execFileSync } = require('node:child_process');
const { randomBytes, randomUUID } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { setTimeout: sleep } = require('node:timers/promises');
const { startPlatform, BACKENDS } = require('./run-all');
const { request } = require('./bench-support');

const ROOT = path.resolve(__dirname, '..');
const SECONDS = Number(process.env.SNAPSHOT_SECONDS || 90);
const SCRAPE_MS = Number(process.env.SNAPSHOT_SCRAPE_MS || 3000);
const OUTPUT = path.resolve(ROOT, process.env.SNAPSHOT_OUTPUT || 'docs/images/dashboard.png');
// The local defaults (libs/config serviceVars, the gateway's config): gRPC 5005n pairs with 946n.
const TARGETS = [
  { service: 'gateway', port: 9460 },
  ...BACKENDS.map(({ name, grpcPort }) => ({ service: name, port: grpcPort - 50051 + 9461 })),
];

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

function parse(text) {
  const samples = [];
  for (const line of text.split('\n')) {
    const match = SAMPLE.exec(line);
    if (!match || line.startsWith('#')) continue;
    const labels = {};
    for (const [, key, value] of (match[2] || '').matchAll(LABEL)) labels[key] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

async function scrapeAll() {
  const samples = [];
  for (const { port } of TARGETS) {
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    samples.push(...parse(await response.text()));
  }
  return { at: Date.now(), samples };
}

const matches = (sample, name, filter) =>
  sample.name === name && Object.entries(filter).every(([key, want]) => want.test(sample.labels[key] ?? ''));

/** Sum of matching samples grouped by the given labels: {group → value}. */
function sumBy(samples, name, by, filter = {}) {
  const groups = {};
  for (const sample of samples) {
    if (!matches(sample, name, filter)) continue;
    const key = by.map((label) => sample.labels[label]).join(' ');
    groups[key] = (groups[key] || 0) + sample.value;
  }
  return groups;
}

/** histogram_quantile over the bucket increase between two scrapes, per group. */
function quantile(q, before, after, name, by, filter = {}) {
  const buckets = (samples) => sumBy(samples, `${name}_bucket`, [...by, 'le'], filter);
  const then = buckets(before);
  const now = buckets(after);
  const groups = {};
  for (const [key, value] of Object.entries(now)) {
    const parts = key.split(' ');
    const le = parts.pop();
    const group = parts.join(' ');
    (groups[group] ||= []).push({
      le: le === '+Inf' ? Infinity : Number(le),
      count: value - (then[key] || 0),
    });
  }
  const result = {};
  for (const [group, list] of Object.entries(groups)) {
    list.sort((a, b) => a.le - b.le);
    const total = list[list.length - 1].count;
    if (total <= 0) continue;
    const rank = q * total;
    let previous = { le: 0, count: 0 };
    for (const bucket of list) {
      if (bucket.count >= rank) {
        const upper = Number.isFinite(bucket.le) ? bucket.le : previous.le;
        const inBucket = bucket.count - previous.count;
        result[group] =
          inBucket > 0 ? previous.le + ((upper - previous.le) * (rank - previous.count)) / inBucket : upper;
        break;
      }
      previous = bucket;
    }
  }
  return result;
}

function rate(before, after, name, by, filter) {
  const seconds = (after.at - before.at) / 1000;
  const then = sumBy(before.samples, name, by, filter);
  const now = sumBy(after.samples, name, by, filter);
  const result = {};
  for (const [key, value] of Object.entries(now))
    result[key] = Math.max(0, value - (then[key] || 0)) / seconds;
  return result;
}

const ANY = /.*/;
/** The dashboard's panels, each a function of two consecutive scrapes answering {series → value}. */
const PANELS = [
  {
    title: 'Request rate by route (gateway), req/s',
    series: (a, b) =>
      rate(a, b, 'http_server_request_duration_seconds_count', ['route'], { service: /^gateway$/ }),
  },
  {
    title: 'Errors: gateway 4xx / 5xx, req/s',
    series: (a, b) => {
      const byCode = rate(a, b, 'http_server_request_duration_seconds_count', ['status_code'], {
        status_code: /^[45]/,
      });
      const classes = { '4xx': 0, '5xx': 0 };
      for (const [code, value] of Object.entries(byCode)) classes[`${code[0]}xx`] += value;
      return classes;
    },
  },
  {
    title: 'Latency: gateway p50/p99, gRPC p99 per service (ms)',
    series: (a, b) => {
      const http = { route: /^(?!\/v1\/notifications\/stream$)/ };
      const out = {
        'gateway p50': quantile(0.5, a.samples, b.samples, 'http_server_request_duration_seconds', [], http)[
          ''
        ],
        'gateway p99': quantile(0.99, a.samples, b.samples, 'http_server_request_duration_seconds', [], http)[
          ''
        ],
      };
      const grpc = quantile(0.99, a.samples, b.samples, 'grpc_server_handling_seconds', ['service']);
      for (const [service, value] of Object.entries(grpc)) out[`${service} gRPC p99`] = value;
      for (const key of Object.keys(out)) out[key] = out[key] === undefined ? undefined : out[key] * 1000;
      return out;
    },
  },
  {
    title: 'Outbox lag: oldest pending event (s) per service',
    series: (_a, b) => sumBy(b.samples, 'atrium_outbox_oldest_pending_age_seconds', ['service']),
  },
  {
    title: 'Consumer lag: events not yet delivered, per durable',
    series: (_a, b) => sumBy(b.samples, 'atrium_events_consumer_pending_messages', ['durable']),
  },
  {
    title: 'SMTP queue: emails waiting, attempts/s by outcome',
    series: (a, b) => ({
      'queued emails': sumBy(b.samples, 'atrium_email_queue_depth', [])[''],
      ...Object.fromEntries(
        Object.entries(rate(a, b, 'atrium_email_delivery_attempts_total', ['outcome'])).map(
          ([key, value]) => [`attempts/s ${key}`, value],
        ),
      ),
    }),
  },
  {
    title: 'Database pools: connections in use per service',
    series: (_a, b) => sumBy(b.samples, 'atrium_db_pool_connections', ['service'], { state: /^in_use$/ }),
  },
  {
    title: 'Event-loop lag p99 per process (ms)',
    series: (_a, b) =>
      Object.fromEntries(
        Object.entries(
          sumBy(b.samples, 'nodejs_eventloop_lag_p99_seconds', ['service'], { service: ANY }),
        ).map(([key, value]) => [key, value * 1000]),
      ),
  },
];

/** Any answer, 4xx and 5xx included: the dashboard shows errors too. */
async function call(base, method, route, options = {}) {
  const response = await request(base, method, route, options);
  const text = await response.text();
  return {
    status: response.status,
    body: text && /json/.test(response.headers.get('content-type') || '') ? JSON.parse(text) : undefined,
  };
}

/**
 * Mixed traffic: reads of the agency's clients (the hot path), client creations (outbox → consumers →
 * bell), invitations (email), and the refusals a buggy client makes (400, 404); busier in the middle
 * third so the panels show a change.
 */
async function traffic(base, until) {
  const id = randomBytes(6).toString('hex');
  const signup = await call(base, 'POST', '/v1/auth/signup', {
    body: {
      agencyName: `Dashboard Agency ${id}`,
      name: 'Dana Dashboard',
      email: `dana-${id}@example.com`,
      password: `Dash-${id}-Passw0rd!`,
    },
  });
  if (signup.status !== 201) throw new Error(`sign-up answered ${signup.status}`);
  const token = signup.body.accessToken;
  const clients = [];
  const started = Date.now();
  let tick = 0;
  while (Date.now() < until) {
    tick += 1;
    const third = Math.floor(((Date.now() - started) / (until - started)) * 3);
    const parallel = third === 1 ? 8 : 3;
    const work = [];
    for (let index = 0; index < parallel; index += 1) {
      work.push(call(base, 'GET', '/v1/me', { token }));
      if (clients.length > 0)
        work.push(call(base, 'GET', `/v1/clients/${clients[(tick + index) % clients.length]}`, { token }));
      work.push(call(base, 'GET', '/v1/clients?limit=10', { token }));
    }
    if (tick % 3 === 0) {
      work.push(
        call(base, 'POST', '/v1/clients', { token, body: { name: `Dashboard Client ${tick}` } }).then(
          (answer) => {
            if (answer.status === 201) clients.push(answer.body.id);
          },
        ),
      );
    }
    if (tick % 10 === 0)
      work.push(
        call(base, 'POST', '/v1/agency/members', {
          token,
          body: { role: 'member', name: `Member ${tick}`, email: `member-${tick}-${id}@example.com` },
        }),
      );
    if (tick % 4 === 0) work.push(call(base, 'GET', `/v1/clients/${randomUUID()}`, { token }));
    if (tick % 5 === 0) work.push(call(base, 'GET', '/v1/clients/not-an-id', { token }));
    await Promise.all(work);
    await sleep(100);
  }
}

function plot(points, output) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-dashboard-'));
  const start = points[0].at;
  const script = [
    `set terminal pngcairo size 1600,1800 font 'DejaVu Sans,10' background rgb '#181b1f'`,
    `set output '${output}'`,
    // Route templates hold braces, which enhanced text would read as markup.
    'set termoption noenhanced',
    `set multiplot layout 4,2 title 'Atrium — local run, ${new Date(start).toISOString().slice(0, 16)} UTC (scraped /metrics every ${SCRAPE_MS / 1000} s)' textcolor rgb '#d8d9da' font ',13'`,
    `set border lc rgb '#5a5a5a'`,
    `set grid lc rgb '#2f3238'`,
    `set key textcolor rgb '#d8d9da' top left font ',8' maxrows 6`,
    `set xtics textcolor rgb '#d8d9da'`,
    `set ytics textcolor rgb '#d8d9da'`,
    `set xlabel 'seconds' textcolor rgb '#d8d9da'`,
    `set yrange [0:*]`,
  ];
  PANELS.forEach((panel, index) => {
    const rows = [];
    const names = new Set();
    for (let at = 1; at < points.length; at += 1) {
      const values = panel.series(points[at - 1], points[at]);
      for (const [key, value] of Object.entries(values)) if (value !== undefined) names.add(key || 'all');
      rows.push({ t: (points[at].at - start) / 1000, values });
    }
    const series = [...names].slice(0, 8);
    const file = path.join(dir, `panel-${index}.dat`);
    fs.writeFileSync(
      file,
      rows
        .map((row) =>
          [
            row.t,
            ...series.map((name) => row.values[name === 'all' ? '' : name] ?? row.values[name] ?? 'NaN'),
          ].join('\t'),
        )
        .join('\n') + '\n',
    );
    script.push(`set title '${panel.title}' textcolor rgb '#d8d9da'`);
    script.push(
      series.length === 0
        ? `plot 0 title 'no samples' lc rgb '#73bf69'`
        : `plot ${series.map((name, column) => `'${file}' using 1:${column + 2} with lines lw 2 title '${name.replace(/'/g, '')}'`).join(', ')}`,
    );
  });
  script.push('unset multiplot');
  const scriptFile = path.join(dir, 'dashboard.gp');
  fs.writeFileSync(scriptFile, script.join('\n') + '\n');
  fs.mkdirSync(path.dirname(output), { recursive: true });
  execFileSync('gnuplot', [scriptFile], { stdio: 'inherit' });
  fs.rmSync(dir, { recursive: true, force: true });
}

async function main() {
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
    const points = [await scrapeAll()];
    const until = Date.now() + SECONDS * 1000;
    const load = traffic(url, until);
    while (Date.now() < until) {
      await sleep(SCRAPE_MS);
      points.push(await scrapeAll());
    }
    await load;
    // A little after the traffic, so the panels show the backlogs draining.
    for (let index = 0; index < 3; index += 1) {
      await sleep(SCRAPE_MS);
      points.push(await scrapeAll());
    }
    plot(points, OUTPUT);
    process.stdout.write(
      `${path.relative(ROOT, OUTPUT)}: ${points.length} scrapes of ${TARGETS.length} processes\n`,
    );
  } finally {
    process.removeListener('SIGINT', interrupt);
    await platform.stop();
    await cleanUp().catch((error) =>
      process.stderr.write(`could not drop the run's databases and streams: ${error.message}\n`),
    );
  }
}

/**
 * Drops what deploy/scripts/dashboard-snapshot.sh made for this run alone: the atrium_dashboard_*
 * databases and the streams of its namespace. Anything else (make up's data) is left alone.
 */
async function cleanUp() {
  const { Client } = require('pg');
  const { connect } = require('@nats-io/transport-node');
  const { deleteStreams } = require('@atrium/events');
  for (const { name } of BACKENDS) {
    const url = process.env[`${name.toUpperCase()}_DATABASE_URL`];
    const database = url && decodeURIComponent(new URL(url).pathname.slice(1));
    if (!database || !database.startsWith('atrium_dashboard_')) continue;
    const maintenance = new URL(url);
    maintenance.pathname = '/postgres';
    const client = new Client({ connectionString: maintenance.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
    await client.end();
  }
  if (process.env.EVENTS_NAMESPACE === 'dashboard') {
    const nc = await connect({ servers: process.env.NATS_URL || 'nats://127.0.0.1:4222' });
    await deleteStreams(nc, 'dashboard');
    await nc.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
