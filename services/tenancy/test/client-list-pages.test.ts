import pg from 'pg';
import type { Actor } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { selectAsTenant } from '../src/store/one-trip';
import { addMember, newAgency, startHarness, type Harness, type TestAgency } from './support';

// The client list walked page by page over a few hundred clients seeded straight into the database,
// each sort in each order compared with an ordering computed here from the same rows.

let harness: Harness;
let agency: TestAgency;
let twin: Actor & { agencyId: string };
let member: Actor & { agencyId: string };
let admin: pg.Client;

interface Seeded {
  id: string;
  name: string;
  ownerName: string;
  createdAt: string;
  lastActivityAt: string;
  connectedProspects: number;
  runningCampaigns: number;
  toBeContacted: number;
}
let seeded: Seeded[];

const CLIENTS = 300;

beforeAll(async () => {
  harness = await startHarness('tenancy_client_list_pages');
  agency = await newAgency(harness, 'Paging Agency');
  // Two owners whose names differ only in case tie on the owner-name sort and break on client id.
  twin = await addMember(harness, agency, 'member', 'olive owner');
  member = await addMember(harness, agency, 'member', 'Mia Member');
  admin = new pg.Client({ connectionString: harness.databaseUrl });
  await admin.connect();
  await admin.query(
    `INSERT INTO clients (id, agency_id, name, owner_id, status, connected_prospects, running_campaigns,
                          to_be_contacted, created_at, last_activity_at)
     SELECT gen_random_uuid(), $1, 'Client ' || lpad(n::text, 3, '0') || CASE WHEN n % 7 = 0 THEN ' 100%_off' ELSE '' END,
            CASE n % 3 WHEN 0 THEN $2::uuid WHEN 1 THEN $3::uuid ELSE $4::uuid END,
            CASE WHEN n % 5 = 0 THEN 'inactive' ELSE 'active' END,
            n % 4, n % 3, (n * 7) % 5,
            -- Every tenth pair shares a creation time, so ties break on the id.
            timestamptz '2026-01-01' + make_interval(mins => n / 2),
            timestamptz '2026-06-01' - make_interval(mins => (n * 37) % 101)
       FROM generate_series(1, $5::int) AS n`,
    [agency.agencyId, agency.ownerId, twin.userId, member.userId, CLIENTS],
  );
  // Another agency's clients never show, whatever the filters.
  const other = await newAgency(harness, 'Other Agency');
  await admin.query(
    `INSERT INTO clients (id, agency_id, name, owner_id) SELECT gen_random_uuid(), $1, 'Client ' || n, $2
       FROM generate_series(1, 20) AS n`,
    [other.agencyId, other.ownerId],
  );
  const { rows } = await admin.query<{
    id: string;
    name: string;
    owner_name: string;
    created_at: Date;
    last_activity_at: Date;
    connected_prospects: number;
    running_campaigns: number;
    to_be_contacted: number;
  }>(
    `SELECT c.id, c.name, m.name AS owner_name, c.created_at, c.last_activity_at, c.connected_prospects,
            c.running_campaigns, c.to_be_contacted
       FROM clients c JOIN agency_members m ON m.agency_id = c.agency_id AND m.user_id = c.owner_id
      WHERE c.agency_id = $1`,
    [agency.agencyId],
  );
  seeded = rows.map((row) => ({
    id: row.id,
    name: row.name,
    ownerName: row.owner_name,
    createdAt: row.created_at.toISOString(),
    lastActivityAt: row.last_activity_at.toISOString(),
    connectedProspects: row.connected_prospects,
    runningCampaigns: row.running_campaigns,
    toBeContacted: row.to_be_contacted,
  }));
});

afterAll(async () => {
  await admin?.end();
  await harness?.stop();
});

async function walk(actor: Actor, request: tenancy.ListClientsRequest, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor = '';
  for (let page = 0; page < 1000; page += 1) {
    const answer = await harness.client.ListClients({ ...request, limit, cursor }, { actor });
    expect(answer.items.length).toBeLessThanOrEqual(limit);
    ids.push(...answer.items.map((client) => client.id));
    cursor = answer.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error('the cursor never ended');
}

type Key = (client: Seeded) => string | number;
const SORT_KEYS: Record<string, Key> = {
  createdAt: (client) => client.createdAt,
  name: (client) => client.name.toLowerCase(),
  ownerName: (client) => client.ownerName.toLowerCase(),
  lastActivityAt: (client) => client.lastActivityAt,
  connectedProspects: (client) => client.connectedProspects,
  runningCampaigns: (client) => client.runningCampaigns,
  toBeContacted: (client) => client.toBeContacted,
};

/** The expected order: the key, then the id, both in `order` (ids compare as Postgres compares uuids). */
function ordered(clients: Seeded[], key: Key, order: 'asc' | 'desc'): string[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...clients]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka !== kb) return (ka < kb ? -1 : 1) * sign;
      return (a.id < b.id ? -1 : 1) * sign;
    })
    .map((client) => client.id);
}

describe('every sort, both ways, page after page', () => {
  for (const sort of Object.keys(SORT_KEYS)) {
    for (const order of ['asc', 'desc'] as const) {
      it(`${sort} ${order}`, async () => {
        const ids = await walk(agency.owner, { sort, order }, 23);
        expect(ids).toEqual(ordered(seeded, SORT_KEYS[sort]!, order));
      });
    }
  }
});

it('combines filters with a sort and pages through them', async () => {
  const ids = await walk(agency.owner, { sort: 'ownerName', order: 'desc', status: 'inactive' }, 9);
  const inactive = await admin.query<{ id: string }>(
    `SELECT id FROM clients WHERE agency_id = $1 AND status = 'inactive'`,
    [agency.agencyId],
  );
  const wanted = new Set(inactive.rows.map((row) => row.id));
  expect(ids).toEqual(
    ordered(
      seeded.filter((client) => wanted.has(client.id)),
      SORT_KEYS.ownerName!,
      'desc',
    ),
  );
});

it('searches client and owner names, taking % and _ literally', async () => {
  const discounted = seeded.filter((client) => client.name.includes('100%_off'));
  const found = await walk(agency.owner, { query: '100%_OFF', sort: 'name', order: 'asc' }, 10);
  expect(found).toEqual(ordered(discounted, SORT_KEYS.name!, 'asc'));
  // "%" alone matches only names holding a percent sign, not everything.
  expect(await walk(agency.owner, { query: '%', sort: 'name', order: 'asc' }, 50)).toHaveLength(
    discounted.length,
  );
  const byOwner = await walk(agency.owner, { query: 'MIA mem', sort: 'name', order: 'asc' }, 50);
  expect(byOwner).toEqual(
    ordered(
      seeded.filter((client) => client.ownerName === 'Mia Member'),
      SORT_KEYS.name!,
      'asc',
    ),
  );
});

it('shows a member only the clients it owns or is on the team of, in every sort', async () => {
  const other = seeded.find((client) => client.ownerName === 'Olive Owner')!;
  await admin.query(`INSERT INTO client_team_members (client_id, agency_id, user_id) VALUES ($1, $2, $3)`, [
    other.id,
    agency.agencyId,
    member.userId,
  ]);
  const visible = seeded.filter((client) => client.ownerName === 'Mia Member' || client.id === other.id);
  for (const sort of ['createdAt', 'ownerName', 'toBeContacted']) {
    expect(await walk(member, { sort, order: 'asc' }, 17)).toEqual(ordered(visible, SORT_KEYS[sort]!, 'asc'));
  }
});

it('sets the tenant for its own statements only, leaving the pooled connection without one', async () => {
  // One connection, as the service's pool connects: the app role, which row-level security confines.
  const pool = new pg.Pool({
    connectionString: harness.databaseUrl,
    max: 1,
    options: '-c role=atrium_tenancy_app',
  });
  try {
    const page = (sort: string) =>
      selectAsTenant(
        pool,
        {
          name: 'count-client-list-page',
          text: `SELECT count(*)::int AS n
                   FROM client_list_page($1::uuid, NULL, NULL, NULL, NULL, NULL, NULL, $2, true, NULL, NULL, 1000)`,
        },
        [agency.agencyId, sort],
      );
    expect(await page('createdAt')).toEqual([{ n: CLIENTS }]);
    const after = await pool.query<{ n: number; tenant: string | null }>(
      `SELECT count(*)::int AS n, current_setting('app.agency_id', true) AS tenant FROM clients`,
    );
    expect(after.rows).toEqual([{ n: 0, tenant: '' }]);
    // A failing statement rolls its transaction back and leaves the connection usable.
    await expect(page('noSuchSort')).rejects.toThrow(/unknown sort/);
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  } finally {
    await pool.end();
  }
});
