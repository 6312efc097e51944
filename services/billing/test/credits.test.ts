import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { problemFromGrpcError } from '@atrium/grpc';
import { eventually } from '@atrium/testing';
import { ReservationSweeper } from '../src/credits/reservation-sweeper';
import { createLogger } from '@atrium/logger';
import {
  clientCreated,
  issueCredits,
  ledgerDiscrepancies,
  memberOf,
  newClient,
  startHarness,
  type Harness,
} from './support';

jest.setTimeout(60_000);

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('billing_credits');
});

afterAll(async () => {
  await harness?.stop();
});

/** A client billing has heard of, in an agency of its own holding `credits`. */
async function agencyWithClient(credits: number): Promise<{ agencyId: string; clientId: string }> {
  const client = newClient();
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
  await harness.settled();
  if (credits > 0) await issueCredits(harness, client.agencyId, credits);
  return client;
}

function problemOf(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (error: unknown) => problemFromGrpcError(error),
  );
}

function transfer(
  client: { agencyId: string; clientId: string },
  amount: number | string,
  direction: 'TO_CLIENT' | 'TO_AGENCY' = 'TO_CLIENT',
  key: string = randomUUID(),
) {
  return harness.client.TransferCredits(
    {
      clientId: client.clientId,
      amount,
      direction: `CREDIT_TRANSFER_DIRECTION_${direction}`,
      idempotencyKey: key,
    },
    memberOf(client.agencyId),
  );
}

async function balances(client: { agencyId: string; clientId: string }) {
  const agency = await harness.client.GetCredits(
    { clientId: '', limit: 0, cursor: '' },
    memberOf(client.agencyId),
  );
  const own = await harness.client.GetCredits(
    { clientId: client.clientId, limit: 0, cursor: '' },
    memberOf(client.agencyId, { clientId: client.clientId }),
  );
  return { agency: Number(agency.available), client: Number(own.available), reserved: Number(own.reserved) };
}

describe('a credit transfer', () => {
  it('moves credits to a client and back, and publishes what it did', async () => {
    const client = await agencyWithClient(100);
    expect(await transfer(client, 60)).toMatchObject({ agencyAvailable: '40', clientAvailable: '60' });
    expect(await transfer(client, 25, 'TO_AGENCY')).toMatchObject({
      agencyAvailable: '65',
      clientAvailable: '35',
    });
    expect(await balances(client)).toEqual({ agency: 65, client: 35, reserved: 0 });
    await eventually(
      async () =>
        harness.events.filter(
          (event) =>
            event.type === 'atrium.billing.v1.credits.transferred' && event.data.clientId === client.clientId,
        ).length === 2
          ? true
          : undefined,
      10_000,
      'two credits.transferred',
    );
  });

  it('answers insufficient_credits with the balance available, and moves nothing', async () => {
    const client = await agencyWithClient(10);
    const problem = await problemOf(transfer(client, 11));
    expect(problem).toMatchObject({
      code: 'insufficient_credits',
      status: 409,
      detail: expect.stringContaining('Only 10 credits are available'),
    });
    expect(await problemOf(transfer(client, 1, 'TO_AGENCY'))).toMatchObject({ code: 'insufficient_credits' });
    expect(await balances(client)).toEqual({ agency: 10, client: 0, reserved: 0 });
  });

  it('refuses an amount that is not a positive whole number, naming the field', async () => {
    const client = await agencyWithClient(10);
    for (const amount of [0, '-1', '10000000000000'])
      expect(await problemOf(transfer(client, amount))).toMatchObject({
        code: 'validation_failed',
        fields: [expect.objectContaining({ field: 'amount' })],
      });
  });

  it('needs billing:manage, from a member or an agency API key', async () => {
    const client = await agencyWithClient(10);
    const request = {
      clientId: client.clientId,
      amount: 1,
      direction: 'CREDIT_TRANSFER_DIRECTION_TO_CLIENT' as const,
      idempotencyKey: randomUUID(),
    };
    expect(
      await problemOf(
        harness.client.TransferCredits(request, memberOf(client.agencyId, { permissions: ['billing:read'] })),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await problemOf(
        harness.client.TransferCredits(request, {
          actor: { userId: randomUUID(), agencyId: client.agencyId },
        }),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await harness.client.TransferCredits(request, memberOf(client.agencyId, { apiKey: true })),
    ).toMatchObject({ clientAvailable: '1' });
  });

  it('moves to an inactive client, not to a deleted one or one of another agency', async () => {
    const client = await agencyWithClient(10);
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.deactivated', {
      ...client,
      name: 'Blue Bottle',
      deactivatedBy: randomUUID(),
    });
    await harness.settled();
    expect(await transfer(client, 2)).toMatchObject({ clientAvailable: '2' });
    const elsewhere = await agencyWithClient(10);
    expect(
      await problemOf(transfer({ agencyId: client.agencyId, clientId: elsewhere.clientId }, 1)),
    ).toMatchObject({ code: 'not_found' });
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.deleted', client);
    await harness.settled();
    expect(await problemOf(transfer(client, 1))).toMatchObject({ code: 'client_deleted', status: 410 });
  });
});

describe('an idempotency key', () => {
  it('answers the first result for the same request, and idempotency_key_reused for another', async () => {
    const client = await agencyWithClient(100);
    const key = randomUUID();
    const first = await transfer(client, 30, 'TO_CLIENT', key);
    expect(await transfer(client, 30, 'TO_CLIENT', key)).toEqual(first);
    expect(await problemOf(transfer(client, 31, 'TO_CLIENT', key))).toMatchObject({
      code: 'idempotency_key_reused',
      status: 422,
    });
    expect(await balances(client)).toEqual({ agency: 70, client: 30, reserved: 0 });
  });

  it('makes one movement when twenty requests carry it at once', async () => {
    const client = await agencyWithClient(100);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => transfer(client, 7, 'TO_CLIENT', key)),
    );
    expect(new Set(answers.map((answer) => answer.movementId)).size).toBe(1);
    expect(await balances(client)).toEqual({ agency: 93, client: 7, reserved: 0 });
    const { rows } = await harness.owner.query(
      'SELECT count(*)::int AS n FROM credit_movements WHERE idempotency_key = $1',
      [key],
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('the no-overdraft rule', () => {
  it('lets exactly the affordable ones of 100 concurrent transfers from one balance through', async () => {
    const client = await agencyWithClient(1000);
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, () =>
        transfer(client, 30).then(
          () => 'moved',
          (error: unknown) => problemFromGrpcError(error)?.code ?? String(error),
        ),
      ),
    );
    const counts = outcomes.reduce<Record<string, number>>(
      (tally, outcome) => ({ ...tally, [outcome]: (tally[outcome] ?? 0) + 1 }),
      {},
    );
    // 1000 affords 33 transfers of 30, and 10 are left.
    expect(counts).toEqual({ moved: 33, insufficient_credits: 67 });
    expect(await balances(client)).toEqual({ agency: 10, client: 990, reserved: 0 });
    expect(await ledgerDiscrepancies(harness)).toEqual([]);
  });

  it('keeps every balance the sum of its entries, and none below zero, after any run of movements', async () => {
    const client = await agencyWithClient(500);
    const sibling = newClient(client.agencyId);
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(sibling));
    await harness.settled();
    const step = fc.record({
      to: fc.constantFrom(client, sibling),
      amount: fc.integer({ min: 1, max: 200 }),
      direction: fc.constantFrom('TO_CLIENT' as const, 'TO_AGENCY' as const),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        // Every step at once: whatever the interleaving, the books must balance.
        await Promise.allSettled(steps.map((s) => transfer(s.to, s.amount, s.direction)));
        expect(await ledgerDiscrepancies(harness)).toEqual([]);
      }),
      { numRuns: 15 },
    );
    const { agency, client: one } = await balances(client);
    const { client: two } = await balances(sibling);
    expect(agency + one + two).toBe(500);
  });
});

describe('a reservation', () => {
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

  async function clientHolding(credits: number) {
    const client = await agencyWithClient(credits);
    await transfer(client, credits);
    return client;
  }

  it('counts against the balance at once, commits less than reserved and returns the rest', async () => {
    const client = await clientHolding(100);
    const reservationId = randomUUID();
    const request = { ...client, reservationId, amount: 40, expiresAt: inAnHour(), reason: 'campaign' };
    const reserved = await harness.client.ReserveCredits(request);
    expect(reserved).toMatchObject({
      clientAvailable: '60',
      reservation: { status: 'RESERVATION_STATUS_OPEN' },
    });
    expect(await harness.client.ReserveCredits(request)).toEqual(reserved);
    expect(await balances(client)).toMatchObject({ client: 60, reserved: 40 });
    expect(
      await problemOf(harness.client.ReserveCredits({ ...request, reservationId: randomUUID(), amount: 61 })),
    ).toMatchObject({ code: 'insufficient_credits' });

    const commit = { agencyId: client.agencyId, reservationId, amount: 25 };
    const committed = await harness.client.CommitReservation(commit);
    expect(committed.reservation).toMatchObject({
      status: 'RESERVATION_STATUS_COMMITTED',
      committedAmount: '25',
    });
    expect(await harness.client.CommitReservation(commit)).toEqual(committed);
    expect(await balances(client)).toMatchObject({ client: 75, reserved: 0 });
    expect(
      await problemOf(harness.client.ReleaseReservation({ agencyId: client.agencyId, reservationId })),
    ).toMatchObject({ code: 'reservation_closed' });
    expect(await ledgerDiscrepancies(harness)).toEqual([]);
  });

  it('goes back whole when released, once however often asked', async () => {
    const client = await clientHolding(50);
    const reservationId = randomUUID();
    await harness.client.ReserveCredits({
      ...client,
      reservationId,
      amount: 50,
      expiresAt: inAnHour(),
      reason: '',
    });
    const release = { agencyId: client.agencyId, reservationId };
    const answers = await Promise.all([1, 2, 3].map(() => harness.client.ReleaseReservation(release)));
    expect(answers.map((answer) => answer.reservation?.status)).toEqual(
      Array(3).fill('RESERVATION_STATUS_RELEASED'),
    );
    expect(await balances(client)).toMatchObject({ client: 50, reserved: 0 });
    expect(await problemOf(harness.client.CommitReservation({ ...release, amount: 1 }))).toMatchObject({
      code: 'reservation_closed',
    });
  });

  it('is released by the sweeper once past its expiry, once even with two replicas sweeping', async () => {
    const client = await clientHolding(30);
    const reservationId = randomUUID();
    await harness.client.ReserveCredits({
      ...client,
      reservationId,
      amount: 30,
      expiresAt: inAnHour(),
      reason: '',
    });
    await harness.owner.query(
      `UPDATE credit_reservations SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [reservationId],
    );
    const logger = createLogger('test', 'silent');
    const replicas = [1, 2].map(() => new ReservationSweeper({ db: harness.backend.db, logger }));
    await Promise.all(replicas.map((replica) => replica.sweep()));
    expect(await balances(client)).toMatchObject({ client: 30, reserved: 0 });
    const { rows } = await harness.owner.query(
      `SELECT count(*)::int AS n FROM credit_movements WHERE idempotency_key = $1`,
      [`reservation/${reservationId}/release`],
    );
    expect(rows[0].n).toBe(1);
    expect(
      await harness.client.ReleaseReservation({ agencyId: client.agencyId, reservationId }),
    ).toMatchObject({
      reservation: { status: 'RESERVATION_STATUS_RELEASED' },
    });
  });
});

describe('the ledger', () => {
  it('lists each entry with its counter-account, reason, actor and key, newest first, page by page', async () => {
    const client = await agencyWithClient(100);
    const keys = [randomUUID(), randomUUID(), randomUUID()];
    for (const key of keys) await transfer(client, 5, 'TO_CLIENT', key);
    const member = memberOf(client.agencyId);
    const first = await harness.client.GetCredits({ clientId: '', limit: 2, cursor: '' }, member);
    expect(first.available).toBe('85');
    expect(first.entries.map((entry) => entry.idempotencyKey)).toEqual([keys[2], keys[1]]);
    expect(first.entries[0]).toMatchObject({
      amount: '5',
      direction: 'CREDIT_ENTRY_DIRECTION_OUT',
      counterAccount: { kind: 'CREDIT_ACCOUNT_KIND_CLIENT', clientId: client.clientId },
      reason: 'transfer',
    });
    const second = await harness.client.GetCredits(
      { clientId: '', limit: 2, cursor: first.nextCursor },
      member,
    );
    expect(second.entries.map((entry) => entry.idempotencyKey)).toEqual([
      keys[0],
      expect.stringMatching(/^test\//),
    ]);
    expect(second.nextCursor).toBe('');
  });

  it('shows a client’s credits only to who may enter it, and the agency’s only with billing:read', async () => {
    const client = await agencyWithClient(0);
    expect(
      await problemOf(
        harness.client.GetCredits(
          { clientId: client.clientId, limit: 0, cursor: '' },
          memberOf(client.agencyId),
        ),
      ),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await problemOf(
        harness.client.GetCredits(
          { clientId: '', limit: 0, cursor: '' },
          memberOf(client.agencyId, { permissions: [] }),
        ),
      ),
    ).toMatchObject({ code: 'forbidden' });
  });
});
