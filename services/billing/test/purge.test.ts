import { randomUUID } from 'node:crypto';
import { eventually } from '@atrium/testing';
import {
  clientCreated,
  issueCredits,
  ledgerDiscrepancies,
  memberOf,
  newClient,
  startHarness,
  type Harness,
} from './support';

// billing's part of tenancy's client purge saga (docs/events.md): on client.deletion_requested it
// deletes what it holds of the client and answers client.purged, with its inbox row, in one transaction.
const REQUESTED = 'atrium.tenancy.v1.client.deletion_requested';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('billing_purge');
});

afterAll(async () => {
  await harness?.stop();
});

function deletionRequested(client: { agencyId: string; clientId: string }): object {
  return { ...client, requestedBy: randomUUID(), participants: ['billing'] };
}

function reportsAbout(clientId: string) {
  return harness.events.filter(
    (event) => event.type === 'atrium.billing.v1.client.purged' && event.data.clientId === clientId,
  );
}

/** The client's row as the service's owner sees it, past row-level security. */
async function rowOf(clientId: string) {
  const { rows } = await harness.owner.query<{ status: string }>('SELECT status FROM clients WHERE id = $1', [
    clientId,
  ]);
  return rows;
}

it('deletes what it holds of the client, keeps the others, and reports once however often asked', async () => {
  const doomed = newClient();
  const kept = newClient(doomed.agencyId);
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(doomed));
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(kept));
  const id = await harness.publishTenancyEvent(REQUESTED, deletionRequested(doomed));
  // The same event again, as a redelivery after a lost acknowledgement would arrive.
  await harness.publishTenancyEvent(REQUESTED, deletionRequested(doomed), { id });
  await harness.settled();
  await eventually(
    async () => (reportsAbout(doomed.clientId).length > 0 ? true : undefined),
    10_000,
    'the report',
  );

  expect(reportsAbout(doomed.clientId).map((event) => event.data)).toEqual([
    { ...doomed, service: 'billing' },
  ]);
  // A tombstone of ids is all that is left of it; the other client is untouched.
  expect(await rowOf(doomed.clientId)).toEqual([{ status: 'deleted' }]);
  expect(await rowOf(kept.clientId)).toEqual([{ status: 'active' }]);
});

it('reports a client it never heard of, so the deletion is not held up', async () => {
  const unknown = newClient();
  await harness.publishTenancyEvent(REQUESTED, deletionRequested(unknown));
  await eventually(
    async () => (reportsAbout(unknown.clientId).length > 0 ? true : undefined),
    10_000,
    'the report',
  );
});

it('does not let a late lifecycle event bring a purged client back', async () => {
  const client = newClient();
  const before = new Date(Date.now() - 60_000);
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client), {
    time: before,
  });
  await harness.publishTenancyEvent(REQUESTED, deletionRequested(client));
  // A reactivation retried after the purge: newer than nothing it could undo.
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.reactivated', { ...client, name: 'Back' });
  await harness.settled();
  expect(await rowOf(client.clientId)).toEqual([{ status: 'deleted' }]);
});

it('reports nothing while the purge fails, and purges and reports on the retry', async () => {
  const client = newClient();
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
  await harness.settled();
  const appRole = 'atrium_billing_app';
  await harness.owner.query(`REVOKE UPDATE ON clients FROM ${appRole}`);
  try {
    await harness.publishTenancyEvent(REQUESTED, deletionRequested(client));
    await harness.delivered();
    // The handler's transaction takes milliseconds; the retry comes a second later (libs/events).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reportsAbout(client.clientId)).toEqual([]);
    expect(await rowOf(client.clientId)).toEqual([{ status: 'active' }]);
  } finally {
    await harness.owner.query(`GRANT UPDATE ON clients TO ${appRole}`);
  }
  await eventually(
    async () => (reportsAbout(client.clientId).length > 0 ? true : undefined),
    15_000,
    'the report',
  );
  expect(await rowOf(client.clientId)).toEqual([{ status: 'deleted' }]);
});

it("deletes the client's credit movements, purchases, money settings and reservations, and keeps the agency's books balanced", async () => {
  const client = newClient();
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
  await harness.settled();
  await issueCredits(harness, client.agencyId, 20);
  await harness.client.TransferCredits(
    {
      clientId: client.clientId,
      amount: 8,
      direction: 'CREDIT_TRANSFER_DIRECTION_TO_CLIENT',
      idempotencyKey: randomUUID(),
    },
    memberOf(client.agencyId),
  );
  await harness.client.ReserveCredits({
    ...client,
    reservationId: randomUUID(),
    amount: 3,
    expiresAt: new Date(Date.now() + 60_000).toISOString(),
    reason: 'campaign',
  });
  const manager = memberOf(client.agencyId, { clientId: client.clientId });
  await harness.client.SavePaymentMethod(
    { owner: { clientId: client.clientId }, token: 'pm_card_visa' },
    manager,
  );
  await harness.client.UpdateClientBillingSettings(
    { clientId: client.clientId, licensePriceMinor: 900 },
    manager,
  );
  await harness.client.PurchaseCredits(
    { clientId: client.clientId, quantity: 4, idempotencyKey: randomUUID() },
    manager,
  );
  await harness.publishTenancyEvent(REQUESTED, deletionRequested(client));
  await eventually(
    async () => (reportsAbout(client.clientId).length > 0 ? true : undefined),
    10_000,
    'the report',
  );
  for (const table of [
    'credit_movements',
    'credit_reservations',
    'credit_purchases',
    'client_billing_settings',
  ]) {
    const { rows } = await harness.owner.query(
      `SELECT count(*)::int AS n FROM ${table} WHERE client_id = $1`,
      [client.clientId],
    );
    expect([table, rows[0].n]).toEqual([table, 0]);
  }
  // The agency's own account still sums: the entries stay, as ids and amounts.
  expect(await ledgerDiscrepancies(harness)).toEqual([]);
  const agency = await harness.client.GetCredits(
    { clientId: '', limit: 0, cursor: '' },
    memberOf(client.agencyId),
  );
  expect(agency.available).toBe('12');
});
