import { randomUUID } from 'node:crypto';
import { eventually } from '@atrium/testing';
import { formatMoney } from '../src/domain/templates/subscription-past-due';
import {
  createAgency,
  firstMailTo,
  mailTo,
  publishEvent,
  startPlatform,
  type Platform,
} from './support/platform';

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform('notification_subscription', { emailMaxAttempts: 3, emailRetryBaseMs: 50 });
});

afterAll(async () => {
  await platform?.stop();
});

/** billing's subscription.past_due, as its relay publishes it. */
function pastDue(agencyId: string, contactLookupUserId: string) {
  return {
    agencyId,
    planId: 'growth',
    planName: 'Growth',
    amountMinor: '14900',
    currency: 'USD',
    reason: 'card_declined',
    nextRetryAt: new Date(Date.now() + 86_400_000).toISOString(),
    contactLookupUserId,
    version: '3',
  };
}

describe('a past due subscription', () => {
  it("emails the agency's contact email in the agency's branding, once per event", async () => {
    const agency = await createAgency(platform, 'Harbour Marketing');
    const contact = `billing-${randomUUID()}@harbour.test`;
    await platform.tenancy.UpdateAgency(
      { contactEmail: contact, displayName: 'Harbour', supportEmail: 'help@harbour.test' },
      { actor: agency.owner },
    );
    await eventually(
      () =>
        platform.db.agencyBranding
          .findUnique({ where: { agencyId: agency.agencyId } })
          .then((row) => (row?.displayName === 'Harbour' ? row : undefined)),
      10_000,
      'the new branding',
    );
    const id = await publishEvent(
      platform,
      'atrium.billing.v1.subscription.past_due',
      pastDue(agency.agencyId, agency.ownerId),
    );
    const mail = await firstMailTo(platform, contact);
    expect(mail.subject).toBe('Your Growth plan payment of $149.00 did not go through');
    expect(mail.text).toContain('the card was declined');
    expect(mail.from?.text).toContain('Harbour');
    expect(mail.replyTo?.text).toContain('help@harbour.test');
    // A redelivery of the same event (a new message id) mails nothing more.
    await publishEvent(
      platform,
      'atrium.billing.v1.subscription.past_due',
      pastDue(agency.agencyId, agency.ownerId),
      {
        id,
        msgId: randomUUID(),
      },
    );
    const delivery = await eventually(
      () =>
        platform.db.emailDelivery
          .findMany({ where: { agencyId: agency.agencyId, kind: 'subscription_past_due' } })
          .then((rows) => (rows.length > 0 ? rows : undefined)),
      10_000,
      'the delivery',
    );
    expect(delivery).toHaveLength(1);
    expect(await mailTo(platform, contact)).toHaveLength(1);
  });

  it("mails the owner's sign-up email when the profile was never filled in", async () => {
    const agency = await createAgency(platform, 'Fresh Agency');
    await publishEvent(
      platform,
      'atrium.billing.v1.subscription.past_due',
      pastDue(agency.agencyId, agency.ownerId),
    );
    expect(await firstMailTo(platform, `owner-${agency.ownerId}@example.com`)).toBeDefined();
  });

  it('tells nobody when the agency has no contact email, or the user to ask as has left', async () => {
    const agency = await createAgency(platform, 'Quiet Agency');
    // A new agency's contact is its owner's sign-up email: cleared here, the profile names nobody.
    await platform.tenancy.UpdateAgency({ contactEmail: '' }, { actor: agency.owner });
    await publishEvent(
      platform,
      'atrium.billing.v1.subscription.past_due',
      pastDue(agency.agencyId, agency.ownerId),
    );
    await publishEvent(
      platform,
      'atrium.billing.v1.subscription.past_due',
      pastDue(agency.agencyId, randomUUID()),
    );
    // A later event of the same stream that does mail, so both were handled before it.
    const other = await createAgency(platform, 'Loud Agency');
    const contact = `billing-${randomUUID()}@loud.test`;
    await platform.tenancy.UpdateAgency({ contactEmail: contact }, { actor: other.owner });
    await publishEvent(
      platform,
      'atrium.billing.v1.subscription.past_due',
      pastDue(other.agencyId, other.ownerId),
    );
    await firstMailTo(platform, contact);
    expect(
      await platform.db.emailDelivery.count({
        where: { agencyId: agency.agencyId, kind: 'subscription_past_due' },
      }),
    ).toBe(0);
  });

  it('formats the fee in the currency’s own minor units', () => {
    expect(formatMoney(14900, 'USD')).toBe('$149.00');
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
  });
});
