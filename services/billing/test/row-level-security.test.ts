import { randomUUID } from 'node:crypto';
import { createDb, type Db } from '../src/store/db';
import { inTenant } from '../src/store/tenant';
import { clientCreated, issueCredits, memberOf, newClient, startHarness, type Harness } from './support';

// Every table of agency data. A test below fails when the schema gains a table with an agency_id that
// is not listed here, so each new table gets the same checks.
const AGENCY_TABLES = [
  'client_billing_settings',
  'clients',
  'credit_accounts',
  'credit_entries',
  'credit_movements',
  'credit_purchases',
  'credit_reservations',
  'payment_method_alerts',
  'payment_methods',
  'subscription_changes',
  'subscription_charges',
  'subscriptions',
];

let harness: Harness;
// One connection, so a later query is sure to run where an earlier transaction named its tenant.
let app: Db;
const north = randomUUID();
const south = randomUUID();

beforeAll(async () => {
  harness = await startHarness('billing_rls');
  app = createDb(harness.database.url, { poolSize: 1, appRole: 'atrium_billing_app' });
  const clients = [north, south].map((agencyId) => newClient(agencyId));
  for (const client of clients)
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
  for (const agencyId of [north, south])
    await harness.publishTenancyEvent('atrium.tenancy.v1.agency.created', {
      agencyId,
      name: 'Northwind',
      ownerUserId: randomUUID(),
    });
  await harness.settled();
  // A fee charge and a plan change of each agency's subscription.
  for (const agencyId of [north, south]) {
    await harness.owner.query(
      `INSERT INTO subscription_charges (id, agency_id, period_start, period_end, plan_id, amount_minor, currency, status)
       VALUES ($1, $2, now(), now() + interval '1 month', 'growth', 14900, 'USD', 'succeeded')`,
      [randomUUID(), agencyId],
    );
    await harness.owner.query(
      `INSERT INTO subscription_changes (id, agency_id, idempotency_key, plan_id, status, charged_amount_minor, currency, period_end)
       VALUES ($1, $2, 'key', 'starter', 'done', 0, 'USD', now())`,
      [randomUUID(), agencyId],
    );
  }
  for (const agencyId of [north, south]) {
    const id = randomUUID();
    await harness.owner.query(
      `INSERT INTO payment_methods (id, agency_id, provider, provider_customer_id, provider_payment_method_id,
         brand, last4, exp_month, exp_year, status, saved_by)
       VALUES ($1, $2, 'sandbox', 'cus_x', 'pm_x', 'visa', '4242', 12, 2030, 'active', 'someone')`,
      [id, agencyId],
    );
    await harness.owner.query(
      `INSERT INTO payment_method_alerts (payment_method_id, reason, agency_id) VALUES ($1, 'expired', $2)`,
      [id, agencyId],
    );
  }
  // A row in every credits table for each agency: accounts, entries, movements and a reservation.
  for (const client of clients) {
    await issueCredits(harness, client.agencyId, 10);
    await harness.client.TransferCredits(
      {
        clientId: client.clientId,
        amount: 5,
        direction: 'CREDIT_TRANSFER_DIRECTION_TO_CLIENT',
        idempotencyKey: randomUUID(),
      },
      memberOf(client.agencyId),
    );
    // A client card, its money settings and a purchase charged to it.
    const manager = memberOf(client.agencyId, { clientId: client.clientId });
    await harness.client.SavePaymentMethod(
      { owner: { clientId: client.clientId }, token: 'pm_card_visa' },
      manager,
    );
    await harness.client.UpdateClientBillingSettings(
      { clientId: client.clientId, spendingLimitMinor: 100_000 },
      manager,
    );
    await harness.client.PurchaseCredits(
      { clientId: client.clientId, quantity: 3, idempotencyKey: randomUUID() },
      manager,
    );
    await harness.client.ReserveCredits({
      ...client,
      reservationId: randomUUID(),
      amount: 1,
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      reason: '',
    });
  }
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
    expect(role).toEqual({ name: 'atrium_billing_app', superuser: false, bypass: false });
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
