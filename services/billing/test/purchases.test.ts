import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { problemFromGrpcError } from '@atrium/grpc';
import { createLogger, type Actor } from '@atrium/logger';
import { eventually } from '@atrium/testing';
import { PurchaseReconciler } from '../src/credits/purchase-reconciler';
import type { ChargeRequest, ChargeResult, PaymentProvider } from '../src/payments/port';
import { sandboxProvider } from '../src/payments/sandbox';
import {
  clientCreated,
  ledgerDiscrepancies,
  memberOf,
  newClient,
  startHarness,
  type Harness,
} from './support';

// Buying credits through billing over gRPC with the sandbox provider (docs/billing.md "Purchases"). The
// provider below is the sandbox itself; `faults` only changes what reaches billing of its answer, as a
// network that loses or delays an answer would, never what the provider decided.
jest.setTimeout(60_000);

const WEBHOOK_SECRET = 'whsec_purchases_test';
const stripe = new Stripe('sk_test_purchases');

/** The charges the provider was asked for, and how the next answers reach billing. */
const charges: ChargeRequest[] = [];
const faults: { lose: number; delayMs: number } = { lose: 0, delayMs: 0 };
const sandbox = sandboxProvider({ webhookSecret: WEBHOOK_SECRET });
const provider: PaymentProvider = {
  ...sandbox,
  async charge(request): Promise<ChargeResult> {
    charges.push(request);
    const answer = await sandbox.charge(request);
    if (faults.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
    if (faults.lose > 0) {
      faults.lose -= 1;
      return { outcome: 'unavailable', message: 'the answer was lost on the way' };
    }
    return answer;
  },
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('billing_purchases', { provider });
});

afterEach(() => {
  faults.lose = 0;
  faults.delayMs = 0;
});

afterAll(async () => {
  await harness?.stop();
});

function problemOf(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (error: unknown) => problemFromGrpcError(error),
  );
}

/** An agency whose own card is `token` (none when null). */
async function agencyWithCard(token: string | null): Promise<{ agencyId: string; actor: Actor }> {
  const agencyId = randomUUID();
  const { actor } = memberOf(agencyId);
  if (token) await harness.client.SavePaymentMethod({ owner: { clientId: '' }, token }, { actor });
  return { agencyId, actor };
}

function buy(actor: Actor, quantity: number | string, key: string = randomUUID(), clientId = '') {
  return harness.client.PurchaseCredits({ clientId, quantity, idempotencyKey: key }, { actor });
}

async function agencyCredits(actor: Actor): Promise<number> {
  return Number(
    (await harness.client.GetCredits({ clientId: '', limit: 0, cursor: '' }, { actor })).available,
  );
}

async function purchaseRows(agencyId: string): Promise<Array<{ id: string; status: string }>> {
  const { rows } = await harness.owner.query(
    'SELECT id::text, status FROM credit_purchases WHERE agency_id = $1 ORDER BY created_at',
    [agencyId],
  );
  return rows;
}

async function purchaseMovements(agencyId: string): Promise<number> {
  const { rows } = await harness.owner.query(
    "SELECT count(*)::int AS n FROM credit_movements WHERE agency_id = $1 AND kind = 'purchase'",
    [agencyId],
  );
  return rows[0].n;
}

describe("buying credits with the agency's card", () => {
  it('prices the quantity by its tier, charges the card once and credits the agency', async () => {
    const { agencyId, actor } = await agencyWithCard('pm_card_visa');
    const key = randomUUID();
    const bought = await buy(actor, 1500, key);
    expect(bought).toMatchObject({
      quantity: '1500',
      tierId: 'usd-volume',
      unitPriceMinor: '85',
      amountMinor: '127500',
      currency: 'USD',
      available: '1500',
    });
    expect(charges.filter((charge) => charge.idempotencyKey.endsWith(bought.purchaseId))).toEqual([
      expect.objectContaining({ amount: 127500, currency: 'USD', reference: bought.purchaseId }),
    ]);
    expect(await agencyCredits(actor)).toBe(1500);
    const ledger = await harness.client.GetCredits({ clientId: '', limit: 0, cursor: '' }, { actor });
    expect(ledger.entries).toEqual([
      expect.objectContaining({
        amount: '1500',
        direction: 'CREDIT_ENTRY_DIRECTION_IN',
        counterAccount: expect.objectContaining({ kind: 'CREDIT_ACCOUNT_KIND_ISSUED' }),
        reason: 'purchase',
        actorId: actor.userId,
      }),
    ]);
    const event = await eventually(
      async () =>
        harness.events.find(
          (candidate) =>
            candidate.type === 'atrium.billing.v1.credits.purchased' && candidate.data.agencyId === agencyId,
        ),
      10_000,
      'credits.purchased',
    );
    expect(event.data).toMatchObject({
      purchaseId: bought.purchaseId,
      quantity: '1500',
      amountMinor: '127500',
      currency: 'USD',
      clientId: '',
      available: '1500',
    });
    expect(await ledgerDiscrepancies(harness)).toEqual([]);
  });

  it('answers the same key and body with the first purchase, another body with 422, and charges once', async () => {
    const { agencyId, actor } = await agencyWithCard('pm_card_visa');
    const key = randomUUID();
    const first = await buy(actor, 10, key);
    expect(await buy(actor, 10, key)).toEqual(first);
    expect(await problemOf(buy(actor, 11, key))).toMatchObject({ code: 'idempotency_key_reused' });
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => buy(actor, 25, 'one-key')));
    expect(new Set(concurrent.map((answer) => answer.purchaseId)).size).toBe(1);
    expect(await agencyCredits(actor)).toBe(35);
    expect(await purchaseMovements(agencyId)).toBe(2);
  });

  it('answers 402 payment_declined naming the reason and credits nothing; the retry answers the same', async () => {
    const { agencyId, actor } = await agencyWithCard('pm_card_chargeDeclinedInsufficientFunds');
    const key = randomUUID();
    const problem = await problemOf(buy(actor, 100, key));
    expect(problem).toMatchObject({ status: 402, code: 'payment_declined' });
    expect(problem?.detail).toContain('insufficient_funds');
    expect(await problemOf(buy(actor, 100, key))).toMatchObject({ status: 402, code: 'payment_declined' });
    expect(await agencyCredits(actor)).toBe(0);
    expect(await purchaseRows(agencyId)).toEqual([expect.objectContaining({ status: 'declined' })]);
    expect(await purchaseMovements(agencyId)).toBe(0);
  });

  it('answers 402 payment_method_required without a card, writing nothing, so the key works once one is saved', async () => {
    const { agencyId, actor } = await agencyWithCard(null);
    const key = randomUUID();
    expect(await problemOf(buy(actor, 5, key))).toMatchObject({
      status: 402,
      code: 'payment_method_required',
    });
    expect(await purchaseRows(agencyId)).toEqual([]);
    await harness.client.SavePaymentMethod({ owner: { clientId: '' }, token: 'pm_card_visa' }, { actor });
    expect(await buy(actor, 5, key)).toMatchObject({ available: '5' });
  });

  it('refuses a quantity that is not a positive whole number or beyond every tier, naming quantity', async () => {
    const { actor } = await agencyWithCard('pm_card_visa');
    // Over gRPC an int64 arrives as a whole number; the gateway refuses fractions and text (e2e).
    for (const quantity of ['0', '-3', '1000000000001']) {
      expect(await problemOf(buy(actor, quantity))).toMatchObject({
        code: 'validation_failed',
        fields: [expect.objectContaining({ field: 'quantity' })],
      });
    }
  });

  it('needs billing:manage', async () => {
    const agencyId = randomUUID();
    const { actor } = memberOf(agencyId, { permissions: ['billing:read'] });
    expect(await problemOf(buy(actor, 5))).toMatchObject({ code: 'forbidden' });
  });
});

describe('a purchase whose charge answer does not arrive', () => {
  it('answers 503 having credited nothing, and the retry with the same key finishes it with the same charge', async () => {
    const { agencyId, actor } = await agencyWithCard('pm_card_visa');
    const key = randomUUID();
    faults.lose = 1;
    expect(await problemOf(buy(actor, 40, key))).toMatchObject({
      status: 503,
      code: 'payment_provider_unavailable',
    });
    expect(await agencyCredits(actor)).toBe(0);
    const [pending] = await purchaseRows(agencyId);
    expect(pending).toMatchObject({ status: 'pending' });
    const finished = await buy(actor, 40, key);
    expect(finished).toMatchObject({ purchaseId: pending!.id, available: '40' });
    const asked = charges.filter((charge) => charge.reference === pending!.id);
    expect(asked).toHaveLength(2);
    expect(new Set(asked.map((charge) => charge.idempotencyKey)).size).toBe(1);
    expect(await purchaseMovements(agencyId)).toBe(1);
  });

  it('answers 503 when the provider outlasts the deadline, and credits the late success exactly once', async () => {
    const { agencyId, actor } = await agencyWithCard('pm_card_visa');
    const key = randomUUID();
    faults.delayMs = 3000;
    const slow = harness.client.PurchaseCredits(
      { clientId: '', quantity: 30, idempotencyKey: key },
      { actor, deadlineMs: 1500 },
    );
    expect(await problemOf(slow)).toMatchObject({ code: 'payment_provider_unavailable' });
    expect(await agencyCredits(actor)).toBe(0);
    await eventually(
      async () => ((await agencyCredits(actor)) === 30 ? true : undefined),
      10_000,
      'the late charge to be credited',
    );
    faults.delayMs = 0;
    expect(await buy(actor, 30, key)).toMatchObject({ available: '30' });
    expect(await purchaseMovements(agencyId)).toBe(1);
    expect(await ledgerDiscrepancies(harness)).toEqual([]);
  });

  it("is credited once from the provider's payment_intent.succeeded webhook, which a retry then answers", async () => {
    const { agencyId, actor } = await agencyWithCard('pm_card_visa');
    const key = randomUUID();
    faults.lose = 1;
    expect(await problemOf(buy(actor, 70, key))).toMatchObject({ code: 'payment_provider_unavailable' });
    const [pending] = await purchaseRows(agencyId);
    const payload = JSON.stringify({
      id: `evt_${randomUUID()}`,
      object: 'event',
      type: 'payment_intent.succeeded',
      data: {
        object: {
          id: `pi_${randomUUID()}`,
          object: 'payment_intent',
          payment_method: 'pm_unknown_to_billing',
          metadata: { atrium_reference: pending!.id },
        },
      },
    });
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const deliver = () =>
      harness.client.HandleProviderWebhook({ provider: 'stripe', payload: Buffer.from(payload), signature });
    expect(await deliver()).toEqual({ applied: true });
    expect(await agencyCredits(actor)).toBe(70);
    expect(await deliver()).toEqual({ applied: false });
    expect(await buy(actor, 70, key)).toMatchObject({ purchaseId: pending!.id, available: '70' });
    expect(await agencyCredits(actor)).toBe(70);
    expect(await purchaseMovements(agencyId)).toBe(1);
  });
});

describe('the purchase reconciler', () => {
  it('finishes a purchase whose answer was lost and that nobody retried, crediting it once when two run at once', async () => {
    const { agencyId, actor } = await agencyWithCard('pm_card_visa');
    faults.lose = 1;
    expect(await problemOf(buy(actor, 15))).toMatchObject({ code: 'payment_provider_unavailable' });
    const [pending] = await purchaseRows(agencyId);
    expect(pending).toMatchObject({ status: 'pending' });
    // Two replicas, as after billing restarted on both; the grace a request in flight gets is waived.
    const replicas = [1, 2].map(
      () =>
        new PurchaseReconciler({
          db: harness.backend.db,
          provider,
          logger: createLogger('test', 'silent'),
          graceMs: 0,
        }),
    );
    await Promise.all(replicas.map((replica) => replica.reconcile()));
    expect(await agencyCredits(actor)).toBe(15);
    expect(await purchaseRows(agencyId)).toEqual([{ id: pending!.id, status: 'succeeded' }]);
    expect(await purchaseMovements(agencyId)).toBe(1);
    const asked = charges.filter((charge) => charge.reference === pending!.id);
    expect(new Set(asked.map((charge) => charge.idempotencyKey)).size).toBe(1);
  });
});

describe("buying credits for a client with the client's card", () => {
  async function clientWithCard(): Promise<{ agencyId: string; clientId: string }> {
    const client = newClient();
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
    await harness.settled();
    const primary = clientUserOf(client, ['credits:manage', 'payment_methods:manage']);
    await harness.client.SavePaymentMethod(
      { owner: { clientId: client.clientId }, token: 'pm_card_mastercard' },
      { actor: primary },
    );
    return client;
  }

  const clientUserOf = (client: { agencyId: string; clientId: string }, permissions: string[]): Actor => ({
    userId: randomUUID(),
    agencyId: client.agencyId,
    agencyPermissions: [],
    clientAccess: { clientId: client.clientId, permissions, clientUser: true },
  });
  const agencyUserIn = (
    client: { agencyId: string; clientId: string },
    agencyPermissions: string[],
  ): Actor => ({
    userId: randomUUID(),
    agencyId: client.agencyId,
    agencyPermissions,
    clientAccess: { clientId: client.clientId, permissions: ['credits:manage', 'payment_methods:manage'] },
  });

  it("lets the primary user and agency users with billing:manage buy, crediting the client's balance", async () => {
    const client = await clientWithCard();
    const primary = clientUserOf(client, ['credits:manage', 'payment_methods:manage']);
    expect(await buy(primary, 20, randomUUID(), client.clientId)).toMatchObject({ available: '20' });
    const manager = agencyUserIn(client, ['billing:manage']);
    expect(await buy(manager, 5, randomUUID(), client.clientId)).toMatchObject({ available: '25' });
    const clientCharges = charges.filter((charge) => charge.paymentMethod.includes('pm_card_mastercard'));
    expect(clientCharges.map((charge) => charge.amount)).toEqual(expect.arrayContaining([2000, 500]));
    expect(await agencyCredits(memberOf(client.agencyId).actor)).toBe(0);
  });

  it('refuses an administrator and an agency user without billing:manage, and hides another agency', async () => {
    const client = await clientWithCard();
    for (const actor of [clientUserOf(client, ['campaigns:write']), agencyUserIn(client, [])]) {
      expect(await problemOf(buy(actor, 5, randomUUID(), client.clientId))).toMatchObject({
        code: 'forbidden',
      });
    }
    const elsewhere = memberOf(randomUUID(), { clientId: randomUUID() }).actor;
    expect(await problemOf(buy(elsewhere, 5, randomUUID(), client.clientId))).toMatchObject({
      code: 'not_found',
    });
  });
});

describe("a client's money settings and its spending limit", () => {
  const manager = (client: { agencyId: string; clientId: string }) =>
    memberOf(client.agencyId, { clientId: client.clientId }).actor;

  async function clientWithLimit(
    spendingLimitMinor: number,
  ): Promise<{ agencyId: string; clientId: string }> {
    const client = newClient();
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
    await harness.settled();
    await harness.client.SavePaymentMethod(
      { owner: { clientId: client.clientId }, token: 'pm_card_visa' },
      { actor: manager(client) },
    );
    await harness.client.UpdateClientBillingSettings(
      { clientId: client.clientId, spendingLimitMinor, licensePriceMinor: 4900 },
      { actor: manager(client) },
    );
    return client;
  }

  it('keeps what is set in minor units, changes only what a change names, and needs billing:manage', async () => {
    const client = await clientWithLimit(10_000);
    const actor = manager(client);
    const { settings } = await harness.client.GetClientBillingSettings(
      { clientId: client.clientId },
      { actor },
    );
    expect(settings).toMatchObject({
      licensePriceMinor: '4900',
      hasSpendingLimit: true,
      spendingLimitMinor: '10000',
      currency: 'USD',
      spentThisMonthMinor: '0',
    });
    const changed = await harness.client.UpdateClientBillingSettings(
      { clientId: client.clientId, clearSpendingLimit: true },
      { actor },
    );
    expect(changed.settings).toMatchObject({ licensePriceMinor: '4900', hasSpendingLimit: false });
    expect(
      await problemOf(
        harness.client.UpdateClientBillingSettings({ clientId: client.clientId, currency: 'usd' }, { actor }),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'currency' }] });
    expect(
      await problemOf(
        harness.client.UpdateClientBillingSettings(
          { clientId: client.clientId, licensePriceMinor: -1 },
          { actor },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'licensePriceMinor' }] });
    const primary: Actor = {
      userId: randomUUID(),
      agencyId: client.agencyId,
      agencyPermissions: [],
      clientAccess: { clientId: client.clientId, permissions: ['credits:manage'], clientUser: true },
    };
    expect(
      await problemOf(
        harness.client.GetClientBillingSettings({ clientId: client.clientId }, { actor: primary }),
      ),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('answers 402 spending_limit_reached for the charge that would pass the limit, charging nothing', async () => {
    const client = await clientWithLimit(5000);
    const actor = manager(client);
    await buy(actor, 20, randomUUID(), client.clientId);
    await buy(actor, 20, randomUUID(), client.clientId);
    const before = charges.length;
    expect(await problemOf(buy(actor, 20, randomUUID(), client.clientId))).toMatchObject({
      status: 402,
      code: 'spending_limit_reached',
    });
    expect(charges.length).toBe(before);
    expect(await buy(actor, 10, randomUUID(), client.clientId)).toMatchObject({ available: '50' });
    const { settings } = await harness.client.GetClientBillingSettings(
      { clientId: client.clientId },
      { actor },
    );
    expect(settings?.spentThisMonthMinor).toBe('5000');
  });

  it('lets concurrent purchases together spend at most the limit', async () => {
    const client = await clientWithLimit(10_000);
    const actor = manager(client);
    const answers = await Promise.all(
      Array.from({ length: 14 }, () =>
        buy(actor, 10, randomUUID(), client.clientId).then(
          () => 'bought',
          (error: unknown) => problemFromGrpcError(error)?.code,
        ),
      ),
    );
    const counts = answers.reduce<Record<string, number>>(
      (tally, answer) => ({ ...tally, [String(answer)]: (tally[String(answer)] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ bought: 10, spending_limit_reached: 4 });
    const { settings } = await harness.client.GetClientBillingSettings(
      { clientId: client.clientId },
      { actor },
    );
    expect(settings?.spentThisMonthMinor).toBe('10000');
    const own = await harness.client.GetCredits(
      { clientId: client.clientId, limit: 0, cursor: '' },
      { actor },
    );
    expect(own.available).toBe('100');
    expect(await ledgerDiscrepancies(harness)).toEqual([]);
  });
});
