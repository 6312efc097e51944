'use strict';
/**
 * Runs the whole platform on one machine as six processes with one log stream: the five
 * backends, then the gateway. `make up` execs it once Postgres, NATS and the databases exist
 * (deploy/scripts/up.sh); tools/bench.js starts it through startPlatform().
 *
 * Every child inherits this environment, plus its own DATABASE_URL (<SERVICE>_DATABASE_URL,
 * else atrium_<service> on the server of POSTGRES_URL, default postgres://postgres@127.0.0.1:5432)
 * and its own GRPC_PORT (the defaults the gateway dials). The gateway listens on PORT (8080).
 *
 * ATRIUM_RUN_ALL_COMMANDS replaces the six processes with others, to try this runner without a
 * built platform: a JSON array of {"name", "command", "args", "grpcPort"?}. The last one plays
 * the gateway: the runner waits for 200 from GET http://127.0.0.1:$PORT/readyz.
 *
 * ATRIUM_CPU_PROF profiles processes with `node --cpu-prof`: a comma-separated list of their names
 * (e.g. "gateway,tenancy") or "all". Each writes a .cpuprofile when it exits after SIGTERM, into
 * ATRIUM_CPU_PROF_DIR (default .run/cpu-prof); open it in Chrome DevTools, or summarise it with
 * tools/profile-summary.js (docs/benchmarks.md, "Profiles").
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { setTimeout, clearTimeout } = require('node:timers');
const { checkGrpc, checkHttp } = require('../deploy/healthcheck');

const ROOT = path.resolve(__dirname, '..');
const BACKENDS = [
  { name: 'identity', grpcPort: 50051 },
  { name: 'tenancy', grpcPort: 50052 },
  { name: 'billing', grpcPort: 50053 },
  { name: 'campaigns', grpcPort: 50054 },
  { name: 'notification', grpcPort: 50055 },
];
const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432';
const FORCE_KILL_AFTER_MS = 15_000;
const POLL_INTERVAL_MS = 500;
const COLOURS = [36, 32, 33, 34, 35, 96, 92];
const RUNNER = 'run-all';

/** A service's database URL; deploy/scripts/local-infra.sh computes the same for creating it. */
function databaseUrl(service, env) {
  const own = env[`${service.toUpperCase()}_DATABASE_URL`];
  if (own) return own;
  const server = env.POSTGRES_URL || DEFAULT_POSTGRES_URL;
  const queryAt = server.indexOf('?');
  const base = queryAt === -1 ? server : server.slice(0, queryAt);
  const query = queryAt === -1 ? '' : server.slice(queryAt);
  return `${base.replace(/\/+$/, '')}/atrium_${service}${query}`;
}

/** Node's --cpu-prof flags for `name` when ATRIUM_CPU_PROF lists it (or says "all"), else none. */
function profileArgs(name, env, root = ROOT) {
  const wanted = (env.ATRIUM_CPU_PROF || '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!wanted.includes(name) && !wanted.includes('all')) return [];
  const dir = path.resolve(root, env.ATRIUM_CPU_PROF_DIR || path.join('.run', 'cpu-prof'));
  fs.mkdirSync(dir, { recursive: true });
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${name}.${Date.now()}.cpuprofile`];
}

/**
 * OpenTelemetry (libs/telemetry) for one process: its OTEL_SERVICE_NAME, and the SDK off unless a
 * collector was named (OTEL_EXPORTER_OTLP_ENDPOINT) or OTEL_SDK_DISABLED was set: with nothing to
 * export to, traces would only be retried and dropped.
 */
function telemetryEnv(name, env) {
  const disabled = env.OTEL_SDK_DISABLED ?? (env.OTEL_EXPORTER_OTLP_ENDPOINT ? 'false' : 'true');
  return { OTEL_SERVICE_NAME: name, OTEL_SDK_DISABLED: disabled };
}

/** The six processes of the platform, each `node services/<name>/dist/main.js`. */
function platformProcesses(env, root = ROOT) {
  const main = (name) => path.join('services', name, 'dist', 'main.js');
  const unbuilt = [...BACKENDS.map((backend) => backend.name), 'gateway'].filter(
    (name) => !fs.existsSync(path.join(root, main(name))),
  );
  if (unbuilt.length > 0) {
    throw new Error(`Not built: ${unbuilt.map(main).join(', ')}. Run 'make build' first.`);
  }
  const backends = BACKENDS.map(({ name, grpcPort }) => ({
    name,
    command: process.execPath,
    args: [...profileArgs(name, env, root), main(name)],
    grpcPort,
    // An inherited GRPC_PORT or METRICS_PORT would make all five bind one port; 5005n pairs with 946n.
    env: {
      DATABASE_URL: databaseUrl(name, env),
      GRPC_PORT: String(grpcPort),
      METRICS_PORT: String(grpcPort - 50051 + 9461),
      ...telemetryEnv(name, env),
    },
  }));
  // Without an SMTP_URL of its own, notification mails the development sink (tools/smtp-sink.js):
  // nothing leaves the machine and every message is listed at http://127.0.0.1:8025/messages.
  const sink = env.SMTP_URL
    ? []
    : [{ name: 'smtp-sink', command: process.execPath, args: [path.join('tools', 'smtp-sink.js')], env: {} }];
  // The gateway stays last: the runner reads its name from there.
  return [
    ...sink,
    ...backends,
    {
      name: 'gateway',
      command: process.execPath,
      args: [...profileArgs('gateway', env, root), main('gateway')],
      env: telemetryEnv('gateway', env),
    },
  ];
}

function processesFromEnv(env) {
  if (!env.ATRIUM_RUN_ALL_COMMANDS) return undefined;
  const list = JSON.parse(env.ATRIUM_RUN_ALL_COMMANDS);
  if (!Array.isArray(list) || list.length === 0 || list.some((entry) => !entry.name || !entry.command)) {
    throw new Error('ATRIUM_RUN_ALL_COMMANDS must be a JSON array of {"name", "command", "args"}');
  }
  return list.map((entry) => ({ args: [], env: {}, ...entry }));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the platform.
 * options: env (process.env), root (the repository), output (process.stdout), processes (the six),
 * readyTimeoutMs (60 s), keepWaiting (false: stop everything when not ready in time; true: say
 * which backends are down and keep waiting).
 * Returns { ready, stop, exited }: ready resolves to { url, docsUrl } once the gateway's /readyz
 * answers 200 and rejects if the platform stops first; stop({ force, reason }) sends SIGTERM to
 * the gateway, then to the backends (SIGKILL to what is left with force or after 15 s) and
 * resolves to the exit status, as does exited: 0 after a requested stop, 1 when a process ended
 * on its own or had to be killed, or the platform was not ready in time.
 */
function startPlatform(options = {}) {
  const env = options.env ?? process.env;
  const root = options.root ?? ROOT;
  const output = options.output ?? process.stdout;
  const processes = options.processes ?? processesFromEnv(env) ?? platformProcesses(env, root);
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  const port = env.PORT || '8080';
  const url = `http://localhost:${port}`;

  const colour = Boolean(output.isTTY) && !env.NO_COLOR;
  const width = Math.max(RUNNER.length, ...processes.map((entry) => entry.name.length)) + 2;
  const prefix = (name, index) => {
    const label = `[${name}]`.padEnd(width);
    return colour ? `\x1b[${COLOURS[index % COLOURS.length]}m${label}\x1b[0m ` : `${label} `;
  };
  const runnerPrefix = colour
    ? `\x1b[1m${`[${RUNNER}]`.padEnd(width)}\x1b[0m `
    : `${`[${RUNNER}]`.padEnd(width)} `;
  const say = (message) => output.write(`${runnerPrefix}${message}\n`);

  const running = new Map();
  let status = 0;
  let stopping = false;
  let killTimer;
  let resolveExited;
  const exited = new Promise((resolve) => (resolveExited = resolve));

  // The gateway (the last process) stops first, so that requests in flight still reach the
  // backends while it drains; the backends get SIGTERM once it has gone.
  const entry = processes[processes.length - 1].name;
  let backendsSignalled = false;

  function settle() {
    if (!stopping) return;
    if (!backendsSignalled && !running.has(entry)) {
      backendsSignalled = true;
      for (const child of running.values()) child.kill('SIGTERM');
    }
    if (running.size > 0) return;
    clearTimeout(killTimer);
    resolveExited(status);
  }

  function stop({ force = false, reason } = {}) {
    if (!stopping) {
      stopping = true;
      if (reason) say(`Stopping (${reason})`);
      running.get(entry)?.kill('SIGTERM');
      killTimer = setTimeout(() => {
        for (const [name, child] of running) {
          say(`${name} did not stop within ${FORCE_KILL_AFTER_MS / 1000} s; killing it`);
          status = 1;
          child.kill('SIGKILL');
        }
      }, FORCE_KILL_AFTER_MS);
      settle();
    } else if (force && running.size > 0) {
      say(`Killing ${[...running.keys()].join(', ')}`);
      status = 1;
      for (const child of running.values()) child.kill('SIGKILL');
    }
    return exited;
  }

  function ended(name, description) {
    if (!running.delete(name)) return;
    if (!stopping) {
      say(`${name} ${description}; stopping the others`);
      status = 1;
      stop();
    }
    settle();
  }

  processes.forEach((entry, index) => {
    const child = spawn(entry.command, entry.args, {
      cwd: root,
      env: { ...env, ...entry.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: Ctrl-C in the terminal reaches only this runner, which then sends
      // SIGTERM once, instead of each service also receiving SIGINT and seeing two signals.
      detached: true,
    });
    running.set(entry.name, child);
    const label = prefix(entry.name, index);
    for (const stream of [child.stdout, child.stderr]) {
      readline
        .createInterface({ input: stream, crlfDelay: Infinity })
        .on('line', (line) => output.write(`${label}${line}\n`));
    }
    child.on('error', (error) => ended(entry.name, `could not start (${error.message})`));
    child.on('close', (code, signal) =>
      ended(entry.name, `exited unexpectedly with ${signal ? `signal ${signal}` : `code ${code}`}`),
    );
  });

  async function downServices() {
    const backends = processes.filter((entry) => entry.grpcPort);
    const answers = await Promise.all(
      backends.map((entry) =>
        checkGrpc(`127.0.0.1:${entry.grpcPort}`).then(
          (servingStatus) => (servingStatus === 'SERVING' ? undefined : `${entry.name} (${servingStatus})`),
          () => `${entry.name} (no answer on :${entry.grpcPort})`,
        ),
      ),
    );
    const down = answers.filter(Boolean);
    const gateway = processes[processes.length - 1].name;
    const readyz = await checkHttp(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
    if (readyz === undefined) down.push(`${gateway} (no answer on :${port})`);
    return down;
  }

  async function waitUntilReady() {
    const deadline = Date.now() + readyTimeoutMs;
    let reported = false;
    while (!stopping) {
      const readyz = await checkHttp(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
      if (readyz === 200) {
        say(`Atrium is ready: ${url}  (API docs: ${url}/docs)`);
        if (processes.some((entry) => entry.name === 'smtp-sink')) {
          say(
            `Emails are caught by the SMTP sink: http://127.0.0.1:${env.SMTP_SINK_HTTP_PORT || 8025}/messages`,
          );
        }
        return { url, docsUrl: `${url}/docs` };
      }
      if (!reported && Date.now() >= deadline) {
        reported = true;
        const down = await downServices();
        const summary =
          down.length > 0 ? `still down: ${down.join(', ')}` : `${url}/readyz answers ${readyz}`;
        if (!options.keepWaiting) {
          say(`Not ready after ${readyTimeoutMs / 1000} s; ${summary}. Stopping.`);
          status = 1;
          stop();
          break;
        }
        say(
          `Not ready after ${readyTimeoutMs / 1000} s; ${summary}. Still waiting (the logs above say why).`,
        );
      }
      await sleep(POLL_INTERVAL_MS);
    }
    throw new Error('The platform stopped before it was ready');
  }

  const ready = waitUntilReady();
  // The caller may only care about `exited`; a rejection nobody awaits must not end the process.
  ready.catch(() => {});
  return { ready, stop, exited };
}

if (require.main === module) {
  let platform;
  try {
    platform = startPlatform({ keepWaiting: true });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  let signals = 0;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      signals += 1;
      platform.stop({ force: signals > 1, reason: `${signal}; press Ctrl-C again to kill at once` });
    });
  }
  platform.exited.then((status) => process.exit(status));
}

module.exports = { startPlatform, databaseUrl, profileArgs, BACKENDS };
