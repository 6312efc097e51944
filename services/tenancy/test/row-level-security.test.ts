import { randomUUID } from 'node:crypto';
import { hashInvitationToken } from '../src/invitations/invitation-tokens';
import { createDb, type Db } from '../src/store/db';
import { inTenant } from '../src/store/tenant';
import { addMember, newAgency, startHarness, type Harness, type TestAgency } from './support';

// Every table of agency data. A test below fails when the schema gains a table with an agency_id that
// is not listed here, so each new table gets the same checks.
const AGENCY_TABLES = [
  'agencies',
  'agency_members',
  'clients',
  'client_team_members',
  'invitations',
  'agency_custom_fields',
  'agency_roles',
  'audit_entries',
  'client_users',
  'jobs',
  'client_deletions',
  'agency_plan_limits',
];

let harness: Harness;
// One connection, so a later query is sure to run where an earlier transaction named its tenant.
let app: Db;
let north: TestAgency;
let south: TestAgency;
let northToken: string;
const NORTH_SLUG = `north-${randomUUID().slice(0, 8)}`;

interface Seeded {
  clientId: string;
  invitationId: string;
}
const seeded = new Map<string, Seeded>();

async function seed(agency: TestAgency, name: string): Promise<void> {
  const member = await addMember(harness, agency, 'member', `${name} Member`);
  const { client } = await harness.client.CreateClient({ name: `${name} Client` }, { actor: agency.owner });
  const clientId = client!.id;
  await inTenant(app, { agencyId: agency.agencyId }, (tx) =>
    tx.clientTeamMember.create({ data: { clientId, agencyId: agency.agencyId, userId: member.userId } }),
  );
  // The plan limit billing's subscription events would keep.
  await inTenant(app, { agencyId: agency.agencyId }, (tx) =>
    tx.agencyPlanLimit.create({
      data: { agencyId: agency.agencyId, planId: 'growth', clientLimit: 100, version: 1 },
    }),
  );
  const { invitation } = await harness.client.InviteAgencyMember(
    { email: `pending-${randomUUID()}@example.com`, name: 'Pending Person', role: 'admin' },
    { actor: agency.owner },
  );
  seeded.set(agency.agencyId, { clientId, invitationId: invitation!.id });
  // A row in each later table too.
  const actor = { actor: agency.owner };
  await harness.client.SaveCustomField({ key: 'crm_id', label: 'CRM id' }, actor);
  await harness.client.CreateAgencyRole({ name: `${name} Sales`, permissions: ['clients:create'] }, actor);
  await harness.client.CreateClientUser(
    { clientId, name: 'Cal Client', email: `cal-${randomUUID()}@example.com`, role: 'designer' },
    actor,
  );
  await harness.client.RequestProspectCleanup({ clientId, mode: 'all' }, actor);
  const { client: doomed } = await harness.client.CreateClient({ name: `${name} Doomed` }, actor);
  await harness.client.DeactivateClient({ clientId: doomed!.id }, actor);
  await harness.client.DeleteClient({ clientId: doomed!.id, confirm: `${name} Doomed` }, actor);
}

beforeAll(async () => {
  harness = await startHarness('tenancy_rls');
  app = createDb(harness.databaseUrl, { poolSize: 1, appRole: 'atrium_tenancy_app' });
  north = await newAgency(harness, 'North Agency');
  south = await newAgency(harness, 'South Agency');
  await seed(north, 'North');
  await seed(south, 'South');
  const created = await harness.nextEvent(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.invitationId === seeded.get(north.agencyId)!.invitationId,
  );
  northToken = String(created.data.token);
  await harness.client.UpdateAgency({ loginSlug: NORTH_SLUG }, { actor: north.owner });
});

afterAll(async () => {
  await app?.$disconnect();
  await harness?.stop();
});

/** The agency of every row an unfiltered SELECT * returns. */
async function agencyIdsIn(tx: Pick<Db, '$queryRawUnsafe'>, table: string): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<Record<string, string>[]>(`SELECT * FROM ${table}`);
  return rows.map((row) => (table === 'agencies' ? row.id! : row.agency_id!));
}

describe('row-level security', () => {
  it('runs the service as a role without BYPASSRLS, on tables that force row-level security', async () => {
    const [role] = await app.$queryRawUnsafe<{ name: string; superuser: boolean; bypass: boolean }[]>(
      `SELECT current_user AS name, rolsuper AS superuser, rolbypassrls AS bypass
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ name: 'atrium_tenancy_app', superuser: false, bypass: false });
    const tables = await app.$queryRawUnsafe<{ relname: string; enabled: boolean; forced: boolean }[]>(
      `SELECT relname, relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class
        WHERE relname = ANY($1::text[]) AND relkind = 'r' ORDER BY relname`,
      AGENCY_TABLES,
    );
    expect(tables).toEqual(
      [...AGENCY_TABLES].sort().map((relname) => ({ relname, enabled: true, forced: true })),
    );
  });

  it('lists every table that holds an agency id', async () => {
    const tables = await app.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'agency_id' ORDER BY table_name`,
    );
    // Tables the app role cannot read do not show here, and would fail the service anyway.
    expect(tables.map((table) => table.name)).toEqual(
      AGENCY_TABLES.filter((table) => table !== 'agencies').sort(),
    );
  });

  it.each(AGENCY_TABLES)('shows an unfiltered SELECT * FROM %s only the tenant’s rows', async (table) => {
    const rows = await inTenant(app, { agencyId: north.agencyId }, (tx) => agencyIdsIn(tx, table));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows)).toEqual(new Set([north.agencyId]));
    // The other agency's rows exist all the same.
    const southRows = await inTenant(app, { agencyId: south.agencyId }, (tx) => agencyIdsIn(tx, table));
    expect(new Set(southRows)).toEqual(new Set([south.agencyId]));
  });

  it('shows nothing to a query that names no tenant, also right after a tenant’s transaction', async () => {
    await inTenant(app, { agencyId: north.agencyId }, (tx) => agencyIdsIn(tx, 'clients'));
    for (const table of AGENCY_TABLES) expect(await agencyIdsIn(app, table)).toEqual([]);
    // GetAccess's function names the tenant for its own statement only.
    const access = await app.$queryRawUnsafe<{ role: string }[]>(
      'SELECT role FROM member_access($1::uuid, $2::uuid)',
      north.agencyId,
      north.ownerId,
    );
    expect(access).toEqual([{ role: 'owner' }]);
    for (const table of AGENCY_TABLES) expect(await agencyIdsIn(app, table)).toEqual([]);
  });

  it('lets GetClientAccess’s function find a client of its own tenant only, and name no tenant after it', async () => {
    const standing = (agencyId: string, clientId: string) =>
      app.$queryRawUnsafe<{ client_id: string | null }[]>(
        'SELECT client_id FROM client_access($1::uuid, $2::uuid, $3::uuid)',
        agencyId,
        north.ownerId,
        clientId,
      );
    const northClient = seeded.get(north.agencyId)!.clientId;
    expect(await standing(north.agencyId, northClient)).toEqual([{ client_id: northClient }]);
    expect(await standing(north.agencyId, seeded.get(south.agencyId)!.clientId)).toEqual([
      { client_id: null },
    ]);
    for (const table of AGENCY_TABLES) expect(await agencyIdsIn(app, table)).toEqual([]);
  });

  it('refuses to write a row of another agency and cannot reach one to change it', async () => {
    await expect(
      inTenant(app, { agencyId: north.agencyId }, (tx) =>
        tx.client.create({
          data: { id: randomUUID(), agencyId: south.agencyId, name: 'Smuggled', ownerId: south.ownerId },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    const southClient = seeded.get(south.agencyId)!.clientId;
    const changed = await inTenant(app, { agencyId: north.agencyId }, (tx) =>
      tx.$executeRawUnsafe(`UPDATE clients SET name = 'Renamed' WHERE id = $1::uuid`, southClient),
    );
    expect(changed).toBe(0);
  });

  it('lets an invitation token reveal its own invitation and nothing else', async () => {
    const rows = await inTenant(
      app,
      { invitationTokenHash: hashInvitationToken(northToken) },
      async (tx) => ({
        invitations: await tx.$queryRawUnsafe<{ id: string }[]>('SELECT id FROM invitations'),
        others: [
          ...(await agencyIdsIn(tx, 'agencies')),
          ...(await agencyIdsIn(tx, 'agency_members')),
          ...(await agencyIdsIn(tx, 'clients')),
          ...(await agencyIdsIn(tx, 'client_team_members')),
        ],
      }),
    );
    expect(rows.invitations).toEqual([{ id: seeded.get(north.agencyId)!.invitationId }]);
    expect(rows.others).toEqual([]);
  });

  it('lets a login slug reveal its agency to read, and nothing else', async () => {
    const seen = await inTenant(app, { loginSlug: NORTH_SLUG }, async (tx) => ({
      agencies: await agencyIdsIn(tx, 'agencies'),
      others: [
        ...(await agencyIdsIn(tx, 'agency_members')),
        ...(await agencyIdsIn(tx, 'clients')),
        ...(await agencyIdsIn(tx, 'invitations')),
      ],
      renamed: await tx.$executeRawUnsafe(`UPDATE agencies SET name = 'Hijacked'`),
    }));
    expect(seen).toEqual({ agencies: [north.agencyId], others: [], renamed: 0 });
  });
});
