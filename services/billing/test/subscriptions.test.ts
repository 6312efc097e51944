import { randomUUID } from 'node:crypto';
import { problemFromGrpcError } from '@atrium/grpc';
import { createLogger, type Actor } from '@atrium/logger';
import { eventually } from '@atrium/testing';
import { nextRetryAt, periodEndAfter, prorationMinor } from '../src/domain/subscriptions';
import type { ChargeRequest, PaymentProvider } from '../src/payments/port';
import { sandboxProvider } from '../src/payments/sandbox';
import { FeeRunner } from '../src/subscriptions/fee-runner';
import { clientCreated, newClient, startHarness, type Harness } from './support';

const DAY_MS = 86_400_000;
const logger = createLogger('test', 'silent');

const member = (agencyId: string, permissions = ['billing:manage', 'billing:read']): Actor => ({
  userId: randomUUID(),
  agencyId,
  agencyPermissions: permissions,
});

const problemOf = (call: Promise<unknown>) =>
  call.then(
    () => undefined,
    (error: unknown) => problemFromGrpcError(error),
  );

/** The sandbox, recording every charge it is asked for: what the provider would have charged. */
function countingSandbox(): PaymentProvider & { charges: ChargeRequest[] } {
  const sandbox = sandboxProvider();
  const charges: ChargeRequest[] = [];
  return {
    ...sandbox,
    charges,
    async charge(request) {
      charges.push(request);
      return sandbox.charge(request);
    },
  };
}

describe('plan rules', () => {
  it('prorates an upgrade by the whole days left, rounding down to a minor unit', () => {
    const period = { start: new Date('2027-01-01T00:00:00Z'), end: new Date('2027-02-01T00:00:00Z') };
    // 31-day period, 9 days and 2 hours left: 10 started days. (39900 − 14900) × 10 / 31 = 8064.5…
    const now = new Date('2027-01-22T22:00:00Z');
    expect(prorationMinor({ monthlyFeeMinor: 14900 }, { monthlyFeeMinor: 39900 }, period, now)).toBe(8064);
    expect(prorationMinor({ monthlyFeeMinor: 14900 }, { monthlyFeeMinor: 39900 }, period, period.start)).toBe(
      25000,
    );
    expect(prorationMinor({ monthlyFeeMinor: 39900 }, { monthlyFeeMinor: 14900 }, period, now)).toBe(0);
    expect(prorationMinor({ monthlyFeeMinor: 4900 }, { monthlyFeeMinor: 14900 }, period, period.end)).toBe(0);
  });

  it('ends a period one calendar month on, on the last day of a shorter month', () => {
    expect(periodEndAfter(new Date('2027-01-31T10:00:00Z')).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(periodEndAfter(new Date('2027-03-15T00:00:00Z')).toISOString()).toBe('2027-04-15T00:00:00.000Z');
    expect(periodEndAfter(new Date('2027-12-31T00:00:00Z')).toISOString()).toBe('2028-01-31T00:00:00.000Z');
  });

  it('retries a failed fee after 1, 3 and 7 days, then weekly', () => {
    const since = new Date('2027-01-01T00:00:00Z');
    const days = [0, 1, 2, 3, 4].map(
      (failed) => (nextRetryAt(since, failed).getTime() - since.getTime()) / DAY_MS,
    );
    expect(days).toEqual([1, 3, 7, 14, 21]);
  });
});

describe('plans and subscriptions', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness('billing_subscriptions');
  });

  afterAll(async () => {
    await harness?.stop();
  });

  /** An agency as sign-up makes it: billing hears agency.created and subscribes it. */
  async function signUp(options: { time?: Date } = {}): Promise<{ agencyId: string; ownerUserId: string }> {
    const agency = { agencyId: randomUUID(), name: 'Northwind', ownerUserId: randomUUID() };
    await harness.publishTenancyEvent('atrium.tenancy.v1.agency.created', agency, options);
    await harness.settled();
    return agency;
  }

  /** Moves the agency's current period, past row-level security, as time passing would. */
  async function setPeriod(agencyId: string, start: Date, end: Date): Promise<void> {
    await harness.owner.query(
      `UPDATE subscriptions SET current_period_start = $2, current_period_end = $3 WHERE agency_id = $1`,
      [agencyId, start, end],
    );
  }

  async function addClients(agencyId: string, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const client = newClient(agencyId);
      ids.push(client.clientId);
      await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
    }
    await harness.settled();
    return ids;
  }

  it('lists three plans with fees in minor units, growth as the default', async () => {
    const { plans } = await harness.client.ListPlans({}, { actor: member(randomUUID(), []) });
    expect(plans.map((plan) => [plan.id, Number(plan.monthlyFeeMinor), plan.currency])).toEqual([
      ['starter', 4900, 'USD'],
      ['growth', 14900, 'USD'],
      ['agency-unlimited', 39900, 'USD'],
    ]);
    expect(plans.find((plan) => plan.isDefault)?.id).toBe('growth');
    expect(plans.find((plan) => plan.id === 'starter')).toMatchObject({
      clientLimit: 10,
      unlimitedClients: false,
    });
    expect(plans.find((plan) => plan.id === 'agency-unlimited')).toMatchObject({ unlimitedClients: true });
  });

  it('puts a new agency on the default plan from sign-up and announces its client limit', async () => {
    const signedUpAt = new Date('2027-01-31T09:00:00Z');
    const { agencyId } = await signUp({ time: signedUpAt });
    const { subscription } = await harness.client.GetSubscription(
      {},
      { actor: member(agencyId, ['billing:read']) },
    );
    expect(subscription).toMatchObject({
      plan: { id: 'growth', clientLimit: 100 },
      status: 'SUBSCRIPTION_STATUS_ACTIVE',
      currentPeriodStart: '2027-01-31T09:00:00.000Z',
      currentPeriodEnd: '2027-02-28T09:00:00.000Z',
      nextChargeAmountMinor: '14900',
      nextChargeCurrency: 'USD',
      nextChargeAt: '2027-02-28T09:00:00.000Z',
    });
    await eventually(
      async () =>
        harness.events.find(
          (event) =>
            event.type === 'atrium.billing.v1.subscription.changed' && event.data.agencyId === agencyId,
        ),
      10_000,
      'subscription.changed',
    ).then((event) =>
      expect(event.data).toMatchObject({
        planId: 'growth',
        clientLimit: 100,
        unlimitedClients: false,
        status: 'active',
      }),
    );
  });

  it('refuses the subscription to a member without billing:read, and a change without billing:manage', async () => {
    const { agencyId } = await signUp();
    expect(
      await problemOf(harness.client.GetSubscription({}, { actor: member(agencyId, []) })),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(
      await problemOf(
        harness.client.ChangeSubscriptionPlan(
          { planId: 'starter', idempotencyKey: randomUUID() },
          { actor: member(agencyId, ['billing:read']) },
        ),
      ),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('answers an unknown plan with a validation problem naming planId', async () => {
    const { agencyId } = await signUp();
    const problem = await problemOf(
      harness.client.ChangeSubscriptionPlan(
        { planId: 'platinum', idempotencyKey: randomUUID() },
        { actor: member(agencyId) },
      ),
    );
    expect(problem).toMatchObject({ code: 'validation_failed', fields: [{ field: 'planId' }] });
  });

  it('refuses a downgrade below the clients the agency has, active and inactive together', async () => {
    const { agencyId } = await signUp();
    const clients = await addClients(agencyId, 11);
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.deactivated', {
      agencyId,
      clientId: clients[0],
    });
    await harness.settled();
    const downgrade = () =>
      harness.client.ChangeSubscriptionPlan(
        { planId: 'starter', idempotencyKey: randomUUID() },
        { actor: member(agencyId) },
      );
    expect(await problemOf(downgrade())).toMatchObject({
      code: 'plan_client_limit_below_usage',
      status: 409,
    });
    // A deleted client no longer counts: 10 left fit the starter plan, which then takes effect at once.
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.deleted', { agencyId, clientId: clients[1] });
    await harness.settled();
    const { subscription, chargedAmountMinor } = await downgrade();
    expect(subscription?.plan?.id).toBe('starter');
    expect(chargedAmountMinor).toBe('0');
  });

  it('charges an upgrade the prorated difference at once, once per Idempotency-Key', async () => {
    const { agencyId } = await signUp();
    const actor = member(agencyId);
    await harness.client.SavePaymentMethod({ owner: { clientId: '' }, token: 'pm_card_visa' }, { actor });
    const now = Date.now();
    // A 30-day period with 20 days and an hour left: 21 started days of the 25000 difference.
    await setPeriod(
      agencyId,
      new Date(now - 10 * DAY_MS + 3_600_000),
      new Date(now + 20 * DAY_MS + 3_600_000),
    );
    const key = randomUUID();
    const upgrade = await harness.client.ChangeSubscriptionPlan(
      { planId: 'agency-unlimited', idempotencyKey: key },
      { actor },
    );
    expect(upgrade.chargedAmountMinor).toBe(String(Math.floor((25000 * 21) / 30)));
    expect(upgrade.subscription).toMatchObject({ plan: { id: 'agency-unlimited', unlimitedClients: true } });
    const again = await harness.client.ChangeSubscriptionPlan(
      { planId: 'agency-unlimited', idempotencyKey: key },
      { actor },
    );
    expect(again.chargedAmountMinor).toBe(upgrade.chargedAmountMinor);
    const { rows } = await harness.owner.query(
      `SELECT count(*)::int AS n FROM subscription_changes WHERE agency_id = $1`,
      [agencyId],
    );
    expect(rows[0].n).toBe(1);
    expect(
      await problemOf(
        harness.client.ChangeSubscriptionPlan({ planId: 'starter', idempotencyKey: key }, { actor }),
      ),
    ).toMatchObject({ code: 'idempotency_key_reused', status: 422 });
    await eventually(
      async () =>
        harness.events.find(
          (event) =>
            event.type === 'atrium.billing.v1.subscription.changed' &&
            event.data.agencyId === agencyId &&
            event.data.planId === 'agency-unlimited',
        ),
      10_000,
      'subscription.changed to agency-unlimited',
    ).then((event) => expect(event.data).toMatchObject({ unlimitedClients: true, clientLimit: 0 }));
  });

  it('leaves the plan as it was when the upgrade is declined, and frees the key', async () => {
    const { agencyId } = await signUp();
    const actor = member(agencyId);
    const key = randomUUID();
    const upgrade = () =>
      harness.client.ChangeSubscriptionPlan({ planId: 'agency-unlimited', idempotencyKey: key }, { actor });
    expect(await problemOf(upgrade())).toMatchObject({
      code: 'payment_declined',
      detail: expect.stringContaining('no_payment_method'),
    });
    await harness.client.SavePaymentMethod(
      { owner: { clientId: '' }, token: 'pm_card_chargeDeclined' },
      { actor },
    );
    expect(await problemOf(upgrade())).toMatchObject({
      code: 'payment_declined',
      detail: expect.stringContaining('card_declined'),
    });
    const { subscription } = await harness.client.GetSubscription({}, { actor });
    expect(subscription?.plan?.id).toBe('growth');
    await harness.client.SavePaymentMethod({ owner: { clientId: '' }, token: 'pm_card_visa' }, { actor });
    expect((await upgrade()).subscription?.plan?.id).toBe('agency-unlimited');
  });

  describe('the monthly fee', () => {
    /** Agencies whose period ended an hour ago, each with `token` as its card (none when null). */
    async function agenciesDue(count: number, token: string | null): Promise<string[]> {
      const agencies: string[] = [];
      for (let index = 0; index < count; index += 1) {
        const { agencyId } = await signUp();
        if (token)
          await harness.client.SavePaymentMethod(
            { owner: { clientId: '' }, token },
            { actor: member(agencyId) },
          );
        const end = new Date(Date.now() - 3_600_000);
        await setPeriod(agencyId, new Date(end.getTime() - 31 * DAY_MS), end);
        agencies.push(agencyId);
      }
      return agencies;
    }

    const runner = (provider: PaymentProvider, batchSize?: number) =>
      new FeeRunner({
        db: harness.backend.db,
        provider,
        logger,
        intervalMs: 60_000,
        claimMs: 60_000,
        batchSize,
      });

    it('charges each agency once per period when two runners race over the same agencies', async () => {
      const agencies = await agenciesDue(8, 'pm_card_visa');
      const provider = countingSandbox();
      // Batches smaller than the agencies due: one run still reaches them all.
      const [first, second] = [runner(provider, 3), runner(provider, 3)];
      const now = new Date();
      await Promise.all([first.runOnce(now), second.runOnce(now), first.runOnce(now), second.runOnce(now)]);
      const mine = provider.charges.filter((charge) => charge.idempotencyKey.startsWith('subscription-fee/'));
      expect(mine).toHaveLength(agencies.length);
      expect(new Set(mine.map((charge) => charge.idempotencyKey)).size).toBe(agencies.length);
      expect(mine.every((charge) => charge.amount === 14900 && charge.currency === 'USD')).toBe(true);
      const { rows } = await harness.owner.query(
        `SELECT agency_id AS "agencyId", count(*)::int AS n, bool_and(status = 'succeeded') AS paid
           FROM subscription_charges WHERE agency_id = ANY($1::uuid[]) GROUP BY agency_id`,
        [agencies],
      );
      expect(rows).toHaveLength(agencies.length);
      expect(rows.every((row) => row.n === 1 && row.paid)).toBe(true);
      const { subscription } = await harness.client.GetSubscription({}, { actor: member(agencies[0]!) });
      expect(new Date(subscription!.currentPeriodStart).getTime()).toBeLessThan(Date.now());
      expect(new Date(subscription!.currentPeriodEnd).getTime()).toBeGreaterThan(Date.now());
      // Run again, on both: nothing is due any more.
      await Promise.all([first.runOnce(), second.runOnce()]);
      expect(
        provider.charges.filter((charge) => charge.idempotencyKey.startsWith('subscription-fee/')),
      ).toHaveLength(agencies.length);
    });

    it('makes the subscription past_due on a declined fee, retries on schedule and is active again once paid', async () => {
      const [agencyId] = await agenciesDue(1, 'pm_card_chargeDeclined');
      const provider = countingSandbox();
      const fees = runner(provider);
      const failedAt = new Date();
      expect((await fees.runOnce(failedAt)).get(agencyId!)).toBe('failed');
      const actor = member(agencyId!);
      const { subscription } = await harness.client.GetSubscription({}, { actor });
      expect(subscription).toMatchObject({
        status: 'SUBSCRIPTION_STATUS_PAST_DUE',
        nextChargeAmountMinor: '14900',
      });
      expect(new Date(subscription!.nextChargeAt).getTime()).toBe(failedAt.getTime() + DAY_MS);
      const pastDue = await eventually(
        async () =>
          harness.events.find(
            (event) =>
              event.type === 'atrium.billing.v1.subscription.past_due' && event.data.agencyId === agencyId,
          ),
        10_000,
        'subscription.past_due',
      );
      expect(pastDue.data).toMatchObject({ reason: 'card_declined', amountMinor: '14900', currency: 'USD' });
      expect(pastDue.data.contactLookupUserId).toEqual(expect.any(String));
      // Not due again before the first retry; the retry fails too and sets the next, 3 days after.
      expect((await fees.runOnce(new Date(failedAt.getTime() + DAY_MS - 1000))).has(agencyId!)).toBe(false);
      expect((await fees.runOnce(new Date(failedAt.getTime() + DAY_MS + 1000))).get(agencyId!)).toBe(
        'failed',
      );
      const retried = (await harness.client.GetSubscription({}, { actor })).subscription!;
      expect(new Date(retried.nextChargeAt).getTime()).toBe(failedAt.getTime() + 3 * DAY_MS);
      // One past_due event for the whole episode.
      expect(
        harness.events.filter(
          (event) =>
            event.type === 'atrium.billing.v1.subscription.past_due' && event.data.agencyId === agencyId,
        ),
      ).toHaveLength(1);
      await harness.client.SavePaymentMethod({ owner: { clientId: '' }, token: 'pm_card_visa' }, { actor });
      expect((await fees.runOnce(new Date(failedAt.getTime() + 3 * DAY_MS + 1000))).get(agencyId!)).toBe(
        'succeeded',
      );
      const paid = (await harness.client.GetSubscription({}, { actor })).subscription!;
      expect(paid).toMatchObject({ status: 'SUBSCRIPTION_STATUS_ACTIVE', pastDueSince: '' });
      await eventually(
        async () =>
          harness.events.find(
            (event) =>
              event.type === 'atrium.billing.v1.subscription.changed' &&
              event.data.agencyId === agencyId &&
              event.data.status === 'active' &&
              event.data.currentPeriodStart === paid.currentPeriodStart,
          ),
        10_000,
        'subscription.changed after payment',
      );
      // Three attempts of the one period, each under its own provider key.
      const keys = provider.charges.map((charge) => charge.idempotencyKey);
      expect(new Set(keys).size).toBe(3);
      const { rows } = await harness.owner.query(
        `SELECT count(*)::int AS n, max(attempts) AS attempts FROM subscription_charges WHERE agency_id = $1`,
        [agencyId],
      );
      expect(rows[0]).toEqual({ n: 1, attempts: 3 });
    });

    it('makes an agency without a card past_due with the reason no_payment_method', async () => {
      const [agencyId] = await agenciesDue(1, null);
      expect((await runner(countingSandbox()).runOnce()).get(agencyId!)).toBe('failed');
      await eventually(
        async () =>
          harness.events.find(
            (event) =>
              event.type === 'atrium.billing.v1.subscription.past_due' &&
              event.data.agencyId === agencyId &&
              event.data.reason === 'no_payment_method',
          ),
        10_000,
        'subscription.past_due without a card',
      );
    });
  });
});
