'use strict';
/* global fetch, setTimeout -- Node globals the shared ESLint config does not list */
/**
 * `make bench-credits` (also run by `make bench`, after deploy/scripts/bench.sh builds and prepares
 * the databases): credit transfers per second through the gateway — 32 concurrent callers over 100
 * client balances, then the same callers on one hot balance — next to the same transfer done in this
 * process by a plain SQL transaction on billing's database (lock both accounts in id order, check,
 * write the movement and the entry, set both balances), so the ratio is what the platform (HTTP,
 * authentication, access resolution, gRPC, Prisma, the outbox) costs on top of the ledger's own SQL.
 * After the runs it counts overdrafts (accounts other than `issued` below zero) and accounts whose
 * balance is not the sum of their entries, over the whole database, prints both and fails unless they
 * are 0. Writes its table between the `<!-- credits results -->` markers of docs/benchmarks.md.
 *
 * Environment:
 *   BENCH_DURATION       seconds per case (10)
 *   BENCH_CONNECTIONS    concurrent callers (32)
 *   BENCH_URL            a running gateway to measure (then BILLING_DATABASE_URL or POSTGRES_URL must
 *                        reach its billing database); without it the platform is started here
 *   BENCH_REPORT         the report to write (docs/benchmarks.md)
 *   DATABASE_POOL_SIZE   every service's pool, and the SQL side's here (10)
 *   <SERVICE>_DATABASE_URL databases other than atrium_<service> (tools/run-all.js), e.g. a set of its
 *                        own when the shared ones were sealed with another checkout's IDENTITY_KEK
 */
const { randomBytes, randomUUID } = require('node:crypto');
const os = require('node:os');
const path = require('node:path');

const { positiveInteger, withGateway: withPlatform, writeMarkedBlock } = require('./bench-support');

const ROOT = path.resolve(__dirname, '..');
const START = '<!-- credits results -->';
const END = '<!-- /credits results -->';
const CREDITS_INTRO = `\`make bench-credits\` (tools/bench-credits.js, also run by \`make bench\`): credit transfers per
second through the whole platform (HTTP, authentication, access resolution through tenancy's caches,
gRPC, billing's Prisma transaction with its outbox event) next to the same ledger transaction as plain
SQL from one process on the same database. Every transfer moves credits between the agency's account
and a client's, so both cases queue on the agency account's row lock (the no-overdraft rule,
docs/billing.md); "one hot balance" adds the client side's. After the runs the bench counts, over the
whole database, accounts below zero and balances that are not the sum of their entries, and fails
unless both are 0. Each run replaces the block between the credits markers.`;
const CLIENT_BALANCES = 100;
/** Enough for every transfer of a run at 1 to 3 credits each, at the bulk tier's price. */
const CREDITS_BOUGHT = 1_000_000;

async function request(base, method, route, { body, token, key } = {}) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method === 'POST') headers['idempotency-key'] = key ?? randomUUID();
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function call(base, method, route, options) {
  const answer = await request(base, method, route, options);
  if (answer.status >= 300)
    throw new Error(`${method} ${route} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** An agency with credits bought with its sandbox card and 100 clients billing has heard of. */
async function seed(base) {
  const id = randomBytes(6).toString('hex');
  const { accessToken: token } = await call(base, 'POST', '/v1/auth/signup', {
    body: {
      agencyName: `Bench Ledger ${id}`,
      name: 'Bench Runner',
      email: `bench-credits-${id}@example.com`,
      password: `Bench-${id}-Passw0rd!`,
    },
  });
  await call(base, 'PUT', '/v1/agency/payment-method', { token, body: { token: 'pm_card_visa' } });
  const bought = await call(base, 'POST', '/v1/agency/credits/purchases', {
    token,
    body: { quantity: CREDITS_BOUGHT },
  });
  const clients = [];
  for (let index = 1; index <= CLIENT_BALANCES; index += 1) {
    const client = await call(base, 'POST', '/v1/clients', {
      token,
      body: { name: `Ledger Client ${index}` },
    });
    clients.push(client.id);
  }
  // Billing learns of each client from tenancy's events; a transfer to one it has not heard of is 404.
  for (const clientId of clients) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const answer = await request(base, 'POST', `/v1/clients/${clientId}/credits/transfers`, {
        token,
        body: { amount: 1, direction: 'to_client' },
      });
      if (answer.status === 201) break;
      if (answer.status !== 404 || Date.now() > deadline)
        throw new Error(`seeding a transfer answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  if (bought.available !== CREDITS_BOUGHT) throw new Error(`the purchase answered ${JSON.stringify(bought)}`);
  return { token, clients };
}

/**
 * Runs `connections` callers of `transfer` for `duration` seconds; each answer is `moved`, `refused`
 * (409 insufficient_credits, the no-overdraft rule at work) or a failure that stops the bench.
 */
async function drive(label, settings, transfer) {
  process.stdout.write(
    `Measuring ${label} for ${settings.duration} s with ${settings.connections} callers…\n`,
  );
  const counts = { moved: 0, refused: 0 };
  const latencies = [];
  const stopAt = Date.now() + settings.duration * 1000;
  const began = process.hrtime.bigint();
  const caller = async () => {
    while (Date.now() < stopAt) {
      const started = process.hrtime.bigint();
      const outcome = await transfer();
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      counts[outcome] += 1;
    }
  };
  await Promise.all(Array.from({ length: settings.connections }, caller));
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
  return { label, ...counts, perSecond: counts.moved / seconds, p50: at(0.5), p99: at(0.99) };
}

/** A transfer of 1–3 credits, to the client or (one in four) back, through the gateway. */
function gatewayTransfer(base, token, pickClient) {
  return async () => {
    const toAgency = Math.random() < 0.25;
    const answer = await request(base, 'POST', `/v1/clients/${pickClient()}/credits/transfers`, {
      token,
      body: { amount: 1 + Math.floor(Math.random() * 3), direction: toAgency ? 'to_agency' : 'to_client' },
    });
    if (answer.status === 201) return 'moved';
    if (answer.status === 409 && answer.body?.code === 'insufficient_credits') return 'refused';
    throw new Error(`a transfer answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  };
}

/**
 * The same ledger transfer as plain SQL on billing's database, on accounts of an agency of its own:
 * one transaction that names the tenant, locks both accounts in id order, checks the giving balance,
 * writes the movement (with its idempotency key) and the entry, and sets both balances.
 */
async function sqlLedger(pool, clientCount) {
  const agencyId = randomUUID();
  const issued = randomUUID();
  const agency = randomUUID();
  const clients = Array.from({ length: clientCount }, () => ({ id: randomUUID(), clientId: randomUUID() }));
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    await db.query("SELECT set_config('app.agency_id', $1, true)", [agencyId]);
    await db.query(
      `INSERT INTO credit_accounts (id, agency_id, kind, client_id, balance)
       VALUES ($1, $3, 'issued', NULL, -$4::bigint), ($2, $3, 'agency', NULL, $4::bigint)`,
      [issued, agency, agencyId, CREDITS_BOUGHT],
    );
    for (const client of clients)
      await db.query(
        `INSERT INTO credit_accounts (id, agency_id, kind, client_id, balance) VALUES ($1, $2, 'client', $3, 0)`,
        [client.id, agencyId, client.clientId],
      );
    const movement = randomUUID();
    await db.query(
      `INSERT INTO credit_movements (id, agency_id, kind, idempotency_key, request_hash, reason)
       VALUES ($1, $2, 'purchase', $3, 'bench', 'purchase')`,
      [movement, agencyId, `bench/${movement}`],
    );
    await db.query(
      `INSERT INTO credit_entries (id, agency_id, movement_id, debit_account_id, credit_account_id, amount)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [randomUUID(), agencyId, movement, issued, agency, CREDITS_BOUGHT],
    );
    await db.query('COMMIT');
  } finally {
    db.release();
  }
  const transfer = (pickClient) => async () => {
    const client = pickClient(clients);
    const amount = 1 + Math.floor(Math.random() * 3);
    const toAgency = Math.random() < 0.25;
    const [debit, credit] = toAgency ? [client.id, agency] : [agency, client.id];
    const db = await pool.connect();
    try {
      await db.query('BEGIN');
      await db.query("SELECT set_config('app.agency_id', $1, true)", [agencyId]);
      const { rows } = await db.query(
        'SELECT id, balance FROM credit_accounts WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
        [[debit, credit]],
      );
      const giving = rows.find((row) => row.id === debit);
      if (Number(giving.balance) < amount) {
        await db.query('ROLLBACK');
        return 'refused';
      }
      const movement = randomUUID();
      await db.query(
        `INSERT INTO credit_movements (id, agency_id, client_id, kind, idempotency_key, request_hash, reason)
         VALUES ($1, $2, $3, 'transfer', $4, 'bench', 'transfer')`,
        [movement, agencyId, client.clientId, randomUUID()],
      );
      await db.query(
        `INSERT INTO credit_entries (id, agency_id, movement_id, debit_account_id, credit_account_id, amount)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [randomUUID(), agencyId, movement, debit, credit, amount],
      );
      await db.query(
        `UPDATE credit_accounts SET balance = balance + CASE WHEN id = $1 THEN -$3::bigint ELSE $3::bigint END
          WHERE id IN ($1, $2)`,
        [debit, credit, amount],
      );
      await db.query('COMMIT');
      return 'moved';
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    } finally {
      db.release();
    }
  };
  return { transfer, clients };
}

/** Overdrafts and ledger discrepancies over every account of the database, past row-level security. */
async function ledgerCheck(pool) {
  const db = await pool.connect();
  try {
    // As the database's owner (a superuser locally), which row-level security does not bind.
    await db.query('BEGIN');
    const overdrafts = await db.query(
      "SELECT count(*)::int AS n FROM credit_accounts WHERE kind <> 'issued' AND balance < 0",
    );
    const discrepancies = await db.query(
      `SELECT count(*)::int AS n FROM credit_accounts a
         LEFT JOIN (SELECT credit_account_id AS id, sum(amount) AS n FROM credit_entries GROUP BY 1) i USING (id)
         LEFT JOIN (SELECT debit_account_id AS id, sum(amount) AS n FROM credit_entries GROUP BY 1) o USING (id)
        WHERE a.balance <> COALESCE(i.n, 0) - COALESCE(o.n, 0)`,
    );
    const accounts = await db.query('SELECT count(*)::int AS n FROM credit_accounts');
    await db.query('COMMIT');
    return {
      overdrafts: overdrafts.rows[0].n,
      discrepancies: discrepancies.rows[0].n,
      accounts: accounts.rows[0].n,
    };
  } finally {
    db.release();
  }
}

/** Runs work(baseUrl) against BENCH_URL, or against a platform started for the occasion. */
function withGateway(work) {
  return withPlatform(work, {
    busy: (port) => `Something already answers on port ${port}: stop it, or name it with BENCH_URL.`,
  });
}

function formatResults(cases, check, settings) {
  const rate = (value) => value.toFixed(0);
  const ms = (value) => value.toFixed(1);
  const lines = [
    `Credit transfers (tools/bench-credits.js), ${new Date().toISOString().slice(0, 10)}: ` +
      `${settings.connections} concurrent callers, ${settings.duration} s per case, billing's pool and the ` +
      `SQL side's both ${settings.poolSize} connections, each transfer 1–3 ` +
      'credits, one in four back to the agency (refused with 409 when the client cannot afford it).',
    '',
    '| case | through the gateway: transfers/s | p50 ms | p99 ms | refused | plain SQL transaction: transfers/s | p50 ms | gateway ÷ SQL |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { label, gateway, sql } of cases)
    lines.push(
      `| ${label} | ${rate(gateway.perSecond)} | ${ms(gateway.p50)} | ${ms(gateway.p99)} | ${gateway.refused} | ` +
        `${rate(sql.perSecond)} | ${ms(sql.p50)} | ${((gateway.perSecond / sql.perSecond) * 100).toFixed(0)} % |`,
    );
  lines.push(
    '',
    `After the runs, over all ${check.accounts} accounts of billing's database: **${check.overdrafts} overdrafts** ` +
      `(an account other than \`issued\` below zero) and **${check.discrepancies} accounts** whose balance is not ` +
      'the sum of their entries.',
    '',
    `Machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} when the runs ended ` +
      '(everything shares it: compare the two columns of one run, not runs of different days).',
  );
  return lines.join('\n');
}

async function main() {
  const pg = require('pg');
  const { databaseUrl } = require('./run-all');
  const settings = {
    duration: positiveInteger('BENCH_DURATION', 10),
    connections: positiveInteger('BENCH_CONNECTIONS', 32),
    poolSize: positiveInteger('DATABASE_POOL_SIZE', 10),
  };
  // As many connections as billing's own pool, so both sides reach the database equally wide.
  const pool = new pg.Pool({
    connectionString: databaseUrl('billing', process.env),
    max: settings.poolSize,
  });
  const cases = [];
  let check;
  try {
    await withGateway(async (base) => {
      process.stdout.write(
        `Seeding an agency with ${CREDITS_BOUGHT} credits and ${CLIENT_BALANCES} clients at ${base}\n`,
      );
      const { token, clients } = await seed(base);
      const sql = await sqlLedger(pool, CLIENT_BALANCES);
      const anyClient = (list) => list[Math.floor(Math.random() * list.length)];
      const hot = clients[0];
      cases.push({
        label: `${CLIENT_BALANCES} client balances`,
        gateway: await drive(
          'gateway, 100 balances',
          settings,
          gatewayTransfer(base, token, () => anyClient(clients)),
        ),
        sql: await drive('plain SQL, 100 balances', settings, sql.transfer(anyClient)),
      });
      cases.push({
        label: 'one hot balance',
        gateway: await drive(
          'gateway, one hot balance',
          settings,
          gatewayTransfer(base, token, () => hot),
        ),
        sql: await drive(
          'plain SQL, one hot balance',
          settings,
          sql.transfer((list) => list[0]),
        ),
      });
    });
    check = await ledgerCheck(pool);
  } finally {
    await pool.end();
  }
  const results = formatResults(cases, check, settings);
  process.stdout.write(`\n${results}\n`);
  if (check.overdrafts !== 0 || check.discrepancies !== 0)
    throw new Error(`the ledger broke: ${check.overdrafts} overdrafts, ${check.discrepancies} discrepancies`);
  const report = path.resolve(ROOT, process.env.BENCH_REPORT || 'docs/benchmarks.md');
  await writeMarkedBlock(report, {
    start: START,
    end: END,
    results,
    section: (block) => `## Credit transfers\n\n${CREDITS_INTRO}\n\n${block}`,
  });
  process.stdout.write(`\nWritten to ${report}\n`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`Credit benchmark failed: ${error.message}`);
      process.exit(1);
    },
  );
}
