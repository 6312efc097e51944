'use strict';
/**
 * Seeds an agency with many client accounts straight into tenancy's database, for the client-list
 * benchmark (tools/bench.js) and for trying the list by hand. Going through POST /v1/clients would
 * take minutes for 10,000 clients and measure nothing the list needs; one INSERT … SELECT takes a
 * second. It connects as the database's owner (row-level security does not confine it) and
 * publishes no events: the seeded clients exist for tenancy alone.
 *
 * Usage: node tools/seed-clients.js <agencyId> [count]
 *   TENANCY_DATABASE_URL  tenancy's database (default: atrium_tenancy on POSTGRES_URL, as
 *                         tools/run-all.js computes it)
 *
 * The clients are owned by the agency's owner, named "Seeded client 00001"…, 90 % active, tagged
 * from a small set, with counters and dates spread so every sort and filter has work to do.
 */
const { Client } = require('pg');

const TAGS = ['retail', 'saas', 'health', 'finance', 'travel', 'education', 'food', 'real-estate'];

/** Inserts `count` clients into `agencyId`; answers how many the agency has afterwards. */
async function seedClients(databaseUrl, agencyId, count) {
  const client = new Client({ connectionString: databaseUrl, application_name: 'seed-clients' });
  await client.connect();
  try {
    await client.query('BEGIN');
    const owner = await client.query(
      `SELECT user_id FROM agency_members WHERE agency_id = $1 AND role = 'owner'`,
      [agencyId],
    );
    if (owner.rowCount !== 1) throw new Error(`Agency ${agencyId} has no owner in this database.`);
    await client.query(
      `INSERT INTO clients (id, agency_id, name, tags, status, owner_id, stored_prospects,
                            connected_prospects, running_campaigns, to_be_contacted, enrolments,
                            created_at, updated_at, last_activity_at)
       SELECT gen_random_uuid(), $1, 'Seeded client ' || lpad(n::text, 5, '0'),
              ARRAY[($3::text[])[1 + n % cardinality($3::text[])]],
              CASE WHEN n % 10 = 0 THEN 'inactive' ELSE 'active' END,
              $2, (n * 37) % 5000, (n * 17) % 2000, n % 6, (n * 13) % 400, (n * 13) % 400 + n % 300,
              now() - make_interval(mins => n), now() - make_interval(mins => n),
              now() - make_interval(mins => (n * 7919) % 100000)
         FROM generate_series(1, $4::int) AS n`,
      [agencyId, owner.rows[0].user_id, TAGS, count],
    );
    await client.query('COMMIT');
    const total = await client.query(`SELECT count(*)::int AS n FROM clients WHERE agency_id = $1`, [
      agencyId,
    ]);
    await client.query('ANALYZE clients');
    return total.rows[0].n;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

function tenancyDatabaseUrl(env = process.env) {
  if (env.TENANCY_DATABASE_URL) return env.TENANCY_DATABASE_URL;
  const { databaseUrl } = require('./run-all');
  return databaseUrl('tenancy', env);
}

async function main() {
  const [agencyId, rawCount = '10000'] = process.argv.slice(2);
  const count = Number(rawCount);
  if (!agencyId || !/^[0-9a-f-]{36}$/i.test(agencyId) || !Number.isInteger(count) || count < 1) {
    throw new Error('usage: node tools/seed-clients.js <agencyId> [count]');
  }
  const total = await seedClients(tenancyDatabaseUrl(), agencyId, count);
  process.stdout.write(`Seeded ${count} clients; the agency now has ${total}.\n`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`Seeding failed: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { seedClients, tenancyDatabaseUrl };
