'use strict';
/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, see ATRIUM_CPU_PROF in tools/run-all.js) as a
 * table of where the busy time went, grouped by package or by our own file, optionally per request.
 *
 * Usage: node tools/profile-summary.js <file.cpuprofile> [--requests N] [--top 12] [--categories]
 *        (`BENCH_PROFILE=1 make bench` profiles the gateway and tenancy under the list and prints these)
 *
 * Self time only (what ran on the CPU inside each function, not its callees); idle time is left
 * out. With --requests the table also says how many milliseconds each request cost of that group.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** The group a profiled function belongs to: a package, a Node module, a file of ours, or V8's own. */
function groupOf(callFrame) {
  const { url, functionName } = callFrame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(program)') return 'V8 and native code (program)';
    if (functionName === '(idle)') return '(idle)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  if (url.startsWith('node:')) return url;
  const file = url.replace(/^file:\/\//, '');
  const modules = file.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const parts = file.slice(modules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const relative = path.relative(ROOT, file);
  return relative.startsWith('..') ? file : relative.replace(/\/dist\//, '/');
}

const HTTP_PACKAGES = new Set([
  'express',
  'router',
  'body-parser',
  'helmet',
  'cors',
  'parseurl',
  'finalhandler',
  'on-finished',
  'type-is',
  'content-type',
  'mime-types',
  'mime-db',
  'etag',
  'fresh',
  'qs',
  'debug',
  'depd',
  'raw-body',
  'vary',
  'send',
  'encodeurl',
  'statuses',
  'accepts',
  'negotiator',
  'cookie',
]);

/** A coarser group: what kind of work, across packages (the tables of docs/benchmarks.md). */
function categoryOf(callFrame) {
  const group = groupOf(callFrame);
  const { functionName, url } = callFrame;
  if (url.endsWith('express/lib/response.js') && functionName === 'stringify') return 'JSON encoding';
  if (/\$(encode|decode|fromObject|toObject)$/.test(functionName)) return 'protobuf codec';
  if (group === 'native: writev' || group === 'native: writeBuffer' || group.startsWith('native: write'))
    return 'socket writes (system calls)';
  if (group === 'garbage collection') return group;
  if (HTTP_PACKAGES.has(group) || group.startsWith('node:_http') || group === 'node:http')
    return 'HTTP server and Express';
  if (group.startsWith('@grpc/') || group.startsWith('node:internal/http2')) return 'gRPC and HTTP/2';
  if (group === 'protobufjs' || group.startsWith('@protobufjs/') || group === 'long') return 'protobuf codec';
  if (/^(pg|pg-.*|postgres-.*|@prisma\/.*)$/.test(group)) return 'Postgres client (pg, Prisma)';
  if (group === 'zod' || group.startsWith('@asteasolutions/')) return 'input validation (zod)';
  if (group.startsWith('services/') || group.startsWith('libs/')) return 'our code (services/, libs/)';
  if (group.startsWith('node:internal/crypto') || group === 'node:crypto') return 'hashing and HMAC';
  if (/^node:(events|async_hooks|internal\/(streams|async_hooks|process|timers)|timers)/.test(group))
    return 'Node streams, events, async context';
  if (group === 'native: runMicrotasks') return 'Node streams, events, async context';
  return 'V8, native and other';
}

/**
 * Busy milliseconds per group, heaviest first, from a parsed profile; with `window` ({ from, to },
 * microseconds of the monotonic clock, as process.hrtime and the profile's timestamps count) only
 * the samples taken inside it, e.g. a measured run without the start-up before it.
 */
function summarise(profile, window, by = groupOf) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (window && (at < window.from || at > window.to)) return;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
  });
  const groups = new Map();
  let idle = 0;
  for (const [id, micros] of selfMicros) {
    const group =
      byNode.get(id).callFrame.functionName === '(idle)' ? '(idle)' : by(byNode.get(id).callFrame);
    if (group === '(idle)') idle += micros;
    else groups.set(group, (groups.get(group) ?? 0) + micros);
  }
  const busy = [...groups.values()].reduce((sum, micros) => sum + micros, 0);
  const rows = [...groups.entries()]
    .map(([group, micros]) => ({ group, ms: micros / 1000 }))
    .sort((a, b) => b.ms - a.ms);
  return { rows, busyMs: busy / 1000, idleMs: idle / 1000 };
}

/** A markdown table of the heaviest `top` groups and the rest, per request when `requests` is given. */
function formatSummary({ rows, busyMs }, { top = 12, requests } = {}) {
  const shown = rows.slice(0, top);
  const rest = rows.slice(top).reduce((sum, row) => sum + row.ms, 0);
  const perRequest = (ms) => (requests ? ` ${((ms / requests) * 1000).toFixed(0)} |` : '');
  const line = (group, ms) => `| ${group} | ${((ms / busyMs) * 100).toFixed(1)} % |${perRequest(ms)}`;
  return [
    `| where | share of busy CPU |${requests ? ' µs per request |' : ''}`,
    `|---|---:|${requests ? '---:|' : ''}`,
    ...shown.map((row) => line(row.group, row.ms)),
    ...(rest > 0 ? [line('everything else', rest)] : []),
    line('**total busy**', busyMs),
  ].join('\n');
}

function main(argv) {
  const file = argv.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg));
  const option = (name) => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : Number(argv[at + 1]);
  };
  if (!file) {
    console.error('usage: node tools/profile-summary.js <file.cpuprofile> [--requests N] [--top 12]');
    process.exit(2);
  }
  const by = argv.includes('--categories') ? categoryOf : groupOf;
  const summary = summarise(JSON.parse(fs.readFileSync(file, 'utf8')), undefined, by);
  process.stdout.write(`${formatSummary(summary, { top: option('top'), requests: option('requests') })}\n`);
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { summarise, formatSummary, groupOf, categoryOf };
