'use strict';
/**
 * `make reset`: drops what the local platform keeps between runs — each service's database, each
 * service's event stream and the gateway's idempotency bucket — after the user types "reset", so the
 * next `make up` starts as on a new machine. For a platform left over by another checkout or by an
 * earlier `.run/` (identity then refuses to start: its signing keys were sealed with another
 * development key) or one filled with data nobody wants.
 *
 * The same settings as `make up` say what is dropped: <SERVICE>_DATABASE_URL or atrium_<service> on
 * POSTGRES_URL's server (tools/run-all.js `databaseUrl`), NATS_URL (default nats://127.0.0.1:4222)
 * and EVENTS_NAMESPACE. It refuses while something answers on the gateway's PORT (default 8080): a
 * running platform would recreate what was dropped.
 */
const net = require('node:net');
const readline = require('node:readline');
const { URL } = require('node:url');
const { Client } = require('pg');
const { connect } = require('@nats-io/transport-node');
const { jetstreamManager } = require('@nats-io/jetstream');
const { BACKENDS, databaseUrl } = require('./run-all');

const CONFIRMATION = 'reset';
const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';
/** The gateway's key-value bucket (services/gateway/src/http/idempotency.ts); JetStream keeps it as KV_<name>. */
const IDEMPOTENCY_BUCKET = 'atrium_idempotency';

/** Everything a reset drops, named as the servers name it. */
function plan(env) {
  const namespace = env.EVENTS_NAMESPACE || '';
  const prefix = namespace ? `${namespace.toUpperCase()}_` : '';
  return {
    databases: BACKENDS.map(({ name }) => ({ service: name, url: databaseUrl(name, env) })),
    natsUrl: env.NATS_URL || DEFAULT_NATS_URL,
    streams: [
      ...BACKENDS.map(({ name }) => `${prefix}ATRIUM_${name.toUpperCase()}`),
      `KV_${IDEMPOTENCY_BUCKET}${namespace ? `_${namespace}` : ''}`,
    ],
  };
}

/** A database URL without its password, to show. */
function shown(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function answers(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** One line from stdin (a terminal or a pipe); '' when stdin ends first. */
function readAnswer(question, input, output) {
  return new Promise((resolve) => {
    const lines = readline.createInterface({ input, output, terminal: false });
    let answered = false;
    output.write(question);
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolve(line.trim());
    });
    lines.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

/** Runs `work` with a connection to the server of a database URL and the database's name. */
async function onServerOf(url, work) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client, name);
  } finally {
    await client.end();
  }
}

/** The databases some session is connected to, as "service: database (n connections)". */
async function databasesInUse(databases) {
  const busy = [];
  for (const { service, url } of databases) {
    const sessions = await onServerOf(url, async (client, name) => {
      const { rows } = await client.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      return { name, n: rows[0].n };
    });
    if (sessions.n > 0) busy.push(`${service}: ${sessions.name} (${sessions.n} connection(s))`);
  }
  return busy;
}

function dropDatabase({ service, url }) {
  return onServerOf(url, async (client, name) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) return `${service}: database ${name} did not exist`;
    try {
      // An identifier cannot be a bound parameter; double quotes inside it are doubled.
      await client.query(`DROP DATABASE "${name.replace(/"/g, '""')}"`);
    } catch (error) {
      // 55006: a process connected since the check.
      if (error.code !== '55006') throw error;
      throw new Error(
        `${service}: database ${name} is in use (${error.message}); stop every process using it ` +
          '(make up here or in another checkout) and run make reset again',
        { cause: error },
      );
    }
    return `${service}: dropped database ${name}`;
  });
}

async function deleteStreams(natsUrl, streams) {
  const connection = await connect({ servers: natsUrl, timeout: 5000 });
  try {
    const manager = await jetstreamManager(connection);
    const lines = [];
    for (const stream of streams) {
      try {
        await manager.streams.delete(stream);
        lines.push(`NATS: deleted stream ${stream}`);
      } catch (error) {
        if (!/stream not found/i.test(String(error.message))) throw error;
        lines.push(`NATS: stream ${stream} did not exist`);
      }
    }
    return lines;
  } finally {
    await connection.close();
  }
}

/** Runs a reset; answers the exit status. `io` is replaceable for tests. */
async function reset({ env = process.env, input = process.stdin, output = process.stdout } = {}) {
  const what = plan(env);
  const port = Number(env.PORT || 8080);
  if (await answers(port)) {
    output.write(
      `Something answers on 127.0.0.1:${port}, probably the platform (make up): stop it first, ` +
        'then run make reset again. Nothing was dropped.\n',
    );
    return 1;
  }
  output.write(
    [
      'make reset drops the local platform, so the next make up starts clean:',
      ...what.databases.map((database) => `  database ${shown(database.url)}`),
      ...what.streams.map((stream) => `  NATS stream ${stream} on ${what.natsUrl}`),
      'Everything in them is lost: agencies, users, clients, credits, events not yet delivered.',
      '',
    ].join('\n'),
  );
  const answer = await readAnswer(`Type "${CONFIRMATION}" to drop them: `, input, output);
  if (answer !== CONFIRMATION) {
    output.write(`\nNot confirmed ("${answer}"): nothing was dropped.\n`);
    return 1;
  }
  // Checked before anything goes, so a platform still running somewhere is not dropped half-way.
  const busy = await databasesInUse(what.databases);
  if (busy.length > 0) {
    output.write(
      `\nStill in use: ${busy.join(', ')}. Stop every process using them (make up, here or in another ` +
        'checkout) and run make reset again. Nothing was dropped.\n',
    );
    return 1;
  }
  for (const database of what.databases) output.write(`${await dropDatabase(database)}\n`);
  for (const line of await deleteStreams(what.natsUrl, what.streams)) output.write(`${line}\n`);
  output.write('Done: make up now starts a clean platform.\n');
  return 0;
}

if (require.main === module) {
  reset().then(
    (status) => process.exit(status),
    (error) => {
      console.error(`make reset failed: ${error.message}`);
      process.exit(1);
    },
  );
}

module.exports = { reset, plan };
