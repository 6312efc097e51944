import { randomUUID } from 'node:crypto';
import { problemFromGrpcError } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';
import { createLogger } from '@atrium/logger';
import { eventually } from '@atrium/testing';
import { expiringCutoff, expiryReason } from '../src/payments/card-status';
import { chargePaymentMethod } from '../src/payments/charge-payment-method';
import { sandboxProvider } from '../src/payments/sandbox';
import { scanExpiringCards } from '../src/payments/scan-expiring-cards';
import { startHarness, type Harness } from './support';

const agencyOwner = (agencyId: string, permissions = ['billing:manage', 'billing:read']): Actor => ({
  userId: randomUUID(),
  agencyId,
  agencyPermissions: permissions,
});

/** An agency user inside one of the agency's clients: every client permission, as the gateway resolves. */
const agencyUserIn = (agencyId: string, clientId: string, agencyPermissions: string[]): Actor => ({
  userId: randomUUID(),
  agencyId,
  agencyPermissions,
  clientAccess: { clientId, permissions: ['payment_methods:manage', 'users:manage', 'campaigns:write'] },
});

/** A client user: no agency permission, their client role's permissions. */
const clientUser = (agencyId: string, clientId: string, permissions: string[]): Actor => ({
  userId: randomUUID(),
  agencyId,
  agencyPermissions: [],
  clientAccess: { clientId, permissions, clientUser: true },
});

const PRIMARY = ['users:manage', 'payment_methods:manage', 'invoices:read'];
const ADMINISTRATOR = ['campaigns:write', 'templates:write'];

describe('card expiry', () => {
  it('counts a card as expiring in the 30 days before its month ends and expired after', () => {
    const card = { expMonth: 2, expYear: 2027 };
    expect(expiryReason(card, new Date('2027-01-15T00:00:00Z'))).toBeNull();
    expect(expiryReason(card, new Date('2027-02-10T00:00:00Z'))).toBe('expiring');
    expect(expiryReason(card, new Date('2027-03-01T00:00:00Z'))).toBe('expired');
    expect(expiringCutoff(new Date('2027-02-10T00:00:00Z'))).toEqual({ year: 2027, month: 2 });
    expect(expiringCutoff(new Date('2027-01-15T00:00:00Z'))).toEqual({ year: 2027, month: 1 });
  });
});

describe('payment methods', () => {
  let harness: Harness;
  const provider = sandboxProvider();
  const logger = createLogger('test', 'silent');

  beforeAll(async () => {
    harness = await startHarness('billing_payment_methods');
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const problemOf = (call: Promise<unknown>) =>
    call.then(
      () => undefined,
      (error: unknown) => problemFromGrpcError(error),
    );

  it('saves, shows and removes the agency card for a member with billing:manage', async () => {
    const agencyId = randomUUID();
    const actor = agencyOwner(agencyId);
    const saved = await harness.client.SavePaymentMethod(
      { owner: { clientId: '' }, token: 'pm_card_visa' },
      { actor },
    );
    expect(saved.paymentMethod).toMatchObject({
      brand: 'visa',
      last4: '4242',
      expMonth: 12,
      status: 'PAYMENT_METHOD_STATUS_ACTIVE',
    });
    expect(await harness.client.GetPaymentMethod({ owner: { clientId: '' } }, { actor })).toEqual(saved);
    const { rows } = await harness.owner.query(
      'SELECT provider_payment_method_id, last4 FROM payment_methods WHERE agency_id = $1',
      [agencyId],
    );
    expect(rows).toEqual([{ provider_payment_method_id: expect.stringMatching(/^pm_/), last4: '4242' }]);
    await harness.client.RemovePaymentMethod({ owner: { clientId: '' } }, { actor });
    expect(
      await problemOf(harness.client.GetPaymentMethod({ owner: { clientId: '' } }, { actor })),
    ).toMatchObject({
      code: 'not_found',
    });
    await eventually(
      async () =>
        harness.events.some(
          (event) =>
            event.type === 'atrium.billing.v1.payment_method.removed' && event.data.agencyId === agencyId,
        ) || undefined,
      10_000,
      'payment_method.removed',
    );
    expect(
      harness.events.find(
        (event) =>
          event.type === 'atrium.billing.v1.payment_method.updated' && event.data.agencyId === agencyId,
      )?.data,
    ).toMatchObject({ brand: 'visa', last4: '4242', clientId: '', updatedBy: actor.userId });
  });

  it('refuses the agency card to a member without billing:manage and to an unresolved actor', async () => {
    const agencyId = randomUUID();
    for (const actor of [agencyOwner(agencyId, ['billing:read']), { userId: randomUUID(), agencyId }]) {
      expect(
        await problemOf(
          harness.client.SavePaymentMethod({ owner: { clientId: '' }, token: 'pm_card_visa' }, { actor }),
        ),
      ).toMatchObject({ code: 'forbidden' });
    }
  });

  it("lets the client's primary user and an agency user with billing:manage manage a client's card", async () => {
    const agencyId = randomUUID();
    const clientId = randomUUID();
    const owner = { clientId };
    const primary = clientUser(agencyId, clientId, PRIMARY);
    await harness.client.SavePaymentMethod({ owner, token: 'pm_card_mastercard' }, { actor: primary });
    const manager = agencyUserIn(agencyId, clientId, ['billing:manage']);
    expect(
      (await harness.client.GetPaymentMethod({ owner }, { actor: manager })).paymentMethod,
    ).toMatchObject({
      brand: 'mastercard',
      last4: '4444',
    });
    await harness.client.SavePaymentMethod({ owner, token: 'pm_card_visa' }, { actor: manager });
    expect((await harness.client.GetPaymentMethod({ owner }, { actor: primary })).paymentMethod?.brand).toBe(
      'visa',
    );
    const { rows } = await harness.owner.query(
      'SELECT count(*)::int AS n FROM payment_methods WHERE client_id = $1',
      [clientId],
    );
    expect(rows[0].n).toBe(1);
    await harness.client.RemovePaymentMethod({ owner }, { actor: primary });
  });

  it("refuses a client's card to an administrator, to an agency user without billing:manage, and hides another agency's client", async () => {
    const agencyId = randomUUID();
    const clientId = randomUUID();
    const owner = { clientId };
    for (const actor of [
      clientUser(agencyId, clientId, ADMINISTRATOR),
      agencyUserIn(agencyId, clientId, ['clients:read_all']),
      // A custom role without any agency permission, on the client's team: still an agency user.
      agencyUserIn(agencyId, clientId, []),
    ]) {
      expect(
        await problemOf(harness.client.SavePaymentMethod({ owner, token: 'pm_card_visa' }, { actor })),
      ).toMatchObject({ code: 'forbidden' });
    }
    // The gateway resolves no access to a client of another agency: entering it answers not found.
    const stranger = agencyOwner(randomUUID());
    expect(await problemOf(harness.client.GetPaymentMethod({ owner }, { actor: stranger }))).toMatchObject({
      code: 'not_found',
    });
    const elsewhere = agencyUserIn(randomUUID(), randomUUID(), ['billing:manage']);
    expect(
      await problemOf(
        harness.client.SavePaymentMethod({ owner, token: 'pm_card_visa' }, { actor: elsewhere }),
      ),
    ).toMatchObject({
      code: 'not_found',
    });
  });

  it('answers a token the provider does not know as a bad token', async () => {
    const actor = agencyOwner(randomUUID());
    for (const token of ['pm_card_nonexistent', 'tok_4242424242424242']) {
      expect(
        await problemOf(harness.client.SavePaymentMethod({ owner: { clientId: '' }, token }, { actor })),
      ).toMatchObject({ code: 'validation_failed', fields: [expect.objectContaining({ field: 'token' })] });
    }
  });

  it('charges by the token: visa succeeds, a declining card is saved but declined and told once per reason', async () => {
    const agencyId = randomUUID();
    const clientId = randomUUID();
    const actor = agencyUserIn(agencyId, clientId, ['billing:manage']);
    const charge = (idempotencyKey: string) =>
      chargePaymentMethod(harness.backend.db, provider, {
        agencyId,
        clientId,
        amount: 4900,
        currency: 'usd',
        idempotencyKey,
      });
    expect(await charge(randomUUID())).toEqual({ outcome: 'declined', reason: 'no_payment_method' });
    await harness.client.SavePaymentMethod({ owner: { clientId }, token: 'pm_card_visa' }, { actor });
    expect(await charge(randomUUID())).toMatchObject({ outcome: 'succeeded' });
    await harness.client.SavePaymentMethod(
      { owner: { clientId }, token: 'pm_card_chargeDeclinedInsufficientFunds' },
      { actor },
    );
    expect(await charge(randomUUID())).toMatchObject({ outcome: 'declined', reason: 'insufficient_funds' });
    expect(await charge(randomUUID())).toMatchObject({ outcome: 'declined', reason: 'insufficient_funds' });
    expect(
      (await harness.client.GetPaymentMethod({ owner: { clientId } }, { actor })).paymentMethod?.status,
    ).toBe('PAYMENT_METHOD_STATUS_DECLINED');
    const declined = () =>
      harness.events.filter(
        (event) =>
          event.type === 'atrium.billing.v1.payment_method.declined' && event.data.clientId === clientId,
      );
    await eventually(async () => declined().length > 0 || undefined, 10_000, 'payment_method.declined');
    expect(declined()).toHaveLength(1);
    expect(declined()[0]!.data).toMatchObject({
      agencyId,
      reason: 'insufficient_funds',
      amount: '4900',
      currency: 'USD',
      last4: '9995',
      savedBy: actor.userId,
    });
    await harness.client.SavePaymentMethod(
      { owner: { clientId }, token: 'pm_card_authenticationRequired' },
      { actor },
    );
    expect(await charge(randomUUID())).toMatchObject({ outcome: 'requires_authentication' });
    await harness.client.SavePaymentMethod(
      { owner: { clientId }, token: 'pm_card_chargeDeclinedExpiredCard' },
      { actor },
    );
    expect(await charge(randomUUID())).toMatchObject({ outcome: 'declined', reason: 'expired_card' });
  });

  it('tells of each expiring and expired card once, even when the scan runs twice at once', async () => {
    const agencyId = randomUUID();
    const actor = agencyOwner(agencyId);
    const saved = await harness.client.SavePaymentMethod(
      { owner: { clientId: '' }, token: 'pm_card_visa' },
      { actor },
    );
    const { expMonth, expYear } = saved.paymentMethod!;
    const expiring = new Date(Date.UTC(expYear, expMonth - 1, 20));
    const expired = new Date(Date.UTC(expYear, expMonth, 2));
    const db = harness.backend.db;
    // Two replicas' daily scans, racing, then the next day's.
    await Promise.all([scanExpiringCards(db, logger, expiring), scanExpiringCards(db, logger, expiring)]);
    await scanExpiringCards(db, logger, new Date(expiring.getTime() + 86_400_000));
    await Promise.all([scanExpiringCards(db, logger, expired), scanExpiringCards(db, logger, expired)]);
    const told = () =>
      harness.events
        .filter(
          (event) =>
            event.type === 'atrium.billing.v1.payment_method.expiring' && event.data.agencyId === agencyId,
        )
        .map((event) => event.data.reason);
    await eventually(async () => (told().length >= 2 ? true : undefined), 10_000, 'payment_method.expiring');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(told()).toEqual(['expiring', 'expired']);
    expect(
      (await harness.client.GetPaymentMethod({ owner: { clientId: '' } }, { actor })).paymentMethod?.status,
    ).toBe('PAYMENT_METHOD_STATUS_ACTIVE');
  });
});
