import { randomUUID } from 'node:crypto';
import { createDb, type Db } from '../src/store/db';
import { inTenant } from '../src/store/tenant';
import { actorIn, clientCreated, newClient, startHarness, type Harness } from './support';

// Every table of agency data. A test below fails when the schema gains a table with an agency_id that
// is not listed here, so each new table gets the same checks.
const AGENCY_TABLES = [
  'clients',
  'prospects',
  'prospect_lists',
  'prospect_list_members',
  'prospect_fields',
  'field_mappings',
  'client_prospect_counters',
  'templates',
];
// The counters' owner reads them for every agency (due_client_counters in the prospects migration), so
// row-level security confines the service's role there but not the owner.
const OWNER_READS = ['client_prospect_counters'];

let harness: Harness;
// One connection, so a later query is sure to run where an earlier transaction named its tenant.
let app: Db;
const north = randomUUID();
const south = randomUUID();

beforeAll(async () => {
  harness = await startHarness('campaigns_rls');
  app = createDb(harness.database.url, { poolSize: 1, appRole: 'atrium_campaigns_app' });
  for (const agencyId of [north, south]) {
    const client = newClient(agencyId);
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
    // A row in each table of the prospect database.
    const actor = actorIn(client, 'primary');
    const { clientId } = client;
    const { prospect } = await harness.client.CreateProspect(
      { clientId, email: 'ada@example.com' },
      { actor },
    );
    const { list } = await harness.client.CreateProspectList({ clientId, name: 'Leads' }, { actor });
    await harness.client.AddProspectsToList(
      { clientId, listId: list!.id, prospectIds: [prospect!.id] },
      { actor },
    );
    await harness.client.CreateProspectField(
      { clientId, key: 'crm_id', label: 'CRM', type: 'PROSPECT_FIELD_TYPE_TEXT' },
      { actor },
    );
    await harness.client.CreateFieldMapping(
      { clientId, column: 'CRM', target: 'FIELD_MAPPING_TARGET_CUSTOM', customFieldKey: 'crm_id' },
      { actor },
    );
    await harness.client.CreateTemplate(
      { clientId, name: 'Welcome', channel: 'TEMPLATE_CHANNEL_DIRECT_MAIL', textBody: 'Hello {{crm_id}}' },
      { actor },
    );
  }
  await harness.settled();
});

afterAll(async () => {
  await app?.$disconnect();
  await harness?.stop();
});

/** The agency of every row an unfiltered SELECT * returns. */
async function agencyIdsIn(tx: Pick<Db, '$queryRawUnsafe'>, table: string): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<Record<string, string>[]>(`SELECT * FROM ${table}`);
  return rows.map((row) => row.agency_id!);
}

describe('row-level security', () => {
  it('runs the service as a role without BYPASSRLS, on tables that force row-level security', async () => {
    const [role] = await app.$queryRawUnsafe<{ name: string; superuser: boolean; bypass: boolean }[]>(
      `SELECT current_user AS name, rolsuper AS superuser, rolbypassrls AS bypass
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ name: 'atrium_campaigns_app', superuser: false, bypass: false });
    const tables = await app.$queryRawUnsafe<{ relname: string; enabled: boolean; forced: boolean }[]>(
      `SELECT relname, relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class
        WHERE relname = ANY($1::text[]) AND relkind = 'r' ORDER BY relname`,
      AGENCY_TABLES,
    );
    expect(tables).toEqual(
      [...AGENCY_TABLES]
        .sort()
        .map((relname) => ({ relname, enabled: true, forced: !OWNER_READS.includes(relname) })),
    );
  });

  it('lists every table that holds an agency id', async () => {
    const { rows: tables } = await harness.owner.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'agency_id' ORDER BY table_name`,
    );
    expect(tables.map((table) => table.name)).toEqual([...AGENCY_TABLES].sort());
  });

  it.each(AGENCY_TABLES)('shows an unfiltered SELECT * FROM %s only the tenant’s rows', async (table) => {
    const rows = await inTenant(app, { agencyId: north }, (tx) => agencyIdsIn(tx, table));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows)).toEqual(new Set([north]));
    const southRows = await inTenant(app, { agencyId: south }, (tx) => agencyIdsIn(tx, table));
    expect(new Set(southRows)).toEqual(new Set([south]));
  });

  it('shows nothing to a query that names no tenant, also right after a tenant’s transaction', async () => {
    await inTenant(app, { agencyId: north }, (tx) => agencyIdsIn(tx, 'clients'));
    for (const table of AGENCY_TABLES) expect(await agencyIdsIn(app, table)).toEqual([]);
  });

  it('refuses to write a row of another agency and cannot reach one to change it', async () => {
    await expect(
      inTenant(app, { agencyId: north }, (tx) =>
        tx.$executeRawUnsafe(
          `INSERT INTO clients (id, agency_id, status, status_changed_at) VALUES ($1::uuid, $2::uuid, 'active', now())`,
          randomUUID(),
          south,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const changed = await inTenant(app, { agencyId: north }, (tx) =>
      tx.$executeRawUnsafe(`UPDATE clients SET status = 'inactive' WHERE agency_id = $1::uuid`, south),
    );
    expect(changed).toBe(0);
  });
});
