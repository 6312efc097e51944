import { randomUUID } from 'node:crypto';
import type { Subscription } from '@nats-io/transport-node';
import { subjectOf } from '@atrium/events';
import type { Actor } from '@atrium/logger';
import { eventually } from '@atrium/testing';
import {
  createAgency,
  mailTo,
  publishEvent,
  startPlatform,
  type Platform,
  type TestAgency,
} from './support/platform';

// Billing is not started here: its card events are published as its outbox relay publishes them, and
// notification finds the recipients in a real tenancy.

const DECLINED = 'atrium.billing.v1.payment_method.declined';
const EXPIRING = 'atrium.billing.v1.payment_method.expiring';

let platform: Platform;
let tenancyEvents: Subscription;
const invitations = new Map<string, string>();

let agency: TestAgency;
let slug: string;
let admin: Actor;
const agencyContactEmail = `accounts-${randomUUID().slice(0, 8)}@northwind.example`;

beforeAll(async () => {
  platform = await startPlatform('notification_cards', { emailMaxAttempts: 3, emailRetryBaseMs: 50 });
  tenancyEvents = platform.nc.subscribe(
    subjectOf('atrium.tenancy.v1.invitation.created', platform.namespace),
  );
  void (async () => {
    for await (const message of tenancyEvents) {
      const data = message.json<{ email: string; token: string }>();
      invitations.set(data.email, data.token);
    }
  })();
  agency = await createAgency(platform, 'Northwind Marketing');
  slug = `northwind-${randomUUID().slice(0, 8)}`;
  await platform.tenancy.UpdateAgency(
    { loginSlug: slug, displayName: 'Northwind', primaryColor: '#0e7490', contactEmail: agencyContactEmail },
    { actor: agency.owner },
  );
  await eventually(
    () =>
      platform.db.agencyBranding
        .findFirst({ where: { agencyId: agency.agencyId, loginSlug: slug, primaryColor: '#0e7490' } })
        .then((row) => row ?? undefined),
    10000,
    'the branding in the projection',
  );
  admin = await addMember('admin', 'Ada Admin');
});

afterAll(async () => {
  tenancyEvents?.unsubscribe();
  await platform?.stop();
});

/** Invites a person into the agency and has them accept, as identity would. */
async function addMember(role: string, name: string): Promise<Actor> {
  const email = `${name.split(' ')[0]!.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
  await platform.tenancy.InviteAgencyMember({ email, name, role }, { actor: agency.owner });
  const token = await eventually(async () => invitations.get(email), 10000, `the invitation of ${email}`);
  const userId = randomUUID();
  await platform.tenancy.ClaimInvitation({ token, userId, userName: name, userEmail: email });
  return { userId, agencyId: agency.agencyId };
}

/** A client whose profile and billing contacts are two different people. */
async function createClient(name: string, profileEmail: string | null) {
  const billingEmail = `billing-${randomUUID().slice(0, 8)}@example.com`;
  const { client } = await platform.tenancy.CreateClient(
    {
      name,
      ownerId: agency.ownerId,
      billingMode: 'client_card',
      ...(profileEmail ? { profileContact: { name: 'Paula Profile', email: profileEmail } } : {}),
      billingContact: { name: 'Bill Billing', email: billingEmail },
    },
    { actor: agency.owner },
  );
  return { clientId: client!.id, billingEmail };
}

function profileEmail(): string {
  return `paula-${randomUUID().slice(0, 8)}@example.com`;
}

function card(clientId: string) {
  return {
    agencyId: agency.agencyId,
    clientId,
    paymentMethodId: randomUUID(),
    brand: 'visa',
    last4: '4242',
    savedBy: agency.ownerId,
  };
}

/** Waits until notification has handled an event (its inbox row commits with the handler's work). */
async function handled(eventId: string): Promise<void> {
  await eventually(
    () =>
      platform.db.inboxEvent
        .findFirst({ where: { consumer: 'notification-billing', eventId } })
        .then((row) => row ?? undefined),
    10000,
    `notification to handle event ${eventId}`,
  );
}

function mailAbout(recipient: string, subject: string) {
  return eventually(
    async () => (await mailTo(platform, recipient)).find((mail) => mail.subject === subject),
    15000,
    `"${subject}" to ${recipient}`,
  );
}

describe('a declined card', () => {
  it('emails the client’s profile contact, not its billing contact, in the agency’s branding', async () => {
    const contact = profileEmail();
    const { clientId, billingEmail } = await createClient('Blue Bottle', contact);
    const declined = { ...card(clientId), reason: 'insufficient_funds', amount: '125000', currency: 'USD' };
    const eventId = await publishEvent(platform, DECLINED, declined);
    const mail = await mailAbout(contact, 'A payment of USD 1,250.00 was declined');

    expect(mail.from?.value).toEqual([{ name: 'Northwind', address: 'no-reply@atrium.test' }]);
    expect(mail.text).toContain('Hello Paula Profile,');
    expect(mail.text).toContain(
      'A charge of USD 1,250.00 to the card saved for the client account Blue Bottle, the Visa ending in 4242, was declined: the card has insufficient funds.',
    );
    expect(mail.text).toContain('What to do: sign in and save another card');
    expect(mail.text).toContain(`http://localhost:8080/login/${slug}`);
    expect(mail.html).toContain('#0e7490');
    expect(mail.text).not.toContain(declined.paymentMethodId);
    expect(await mailTo(platform, billingEmail)).toEqual([]);
    const delivery = await platform.db.emailDelivery.findFirstOrThrow({ where: { sourceEventId: eventId } });
    expect(delivery).toMatchObject({
      kind: 'card_declined',
      recipient: contact,
      agencyId: agency.agencyId,
      clientId,
    });
  });

  it('of the agency emails the agency’s contact email, asked as the member who saved it', async () => {
    const declined = {
      ...card(''),
      savedBy: admin.userId,
      brand: 'mastercard',
      last4: '4444',
      reason: 'card_declined',
      amount: '4900',
      currency: 'EUR',
    };
    await publishEvent(platform, DECLINED, declined);
    const mail = await mailAbout(agencyContactEmail, 'A payment of EUR 49.00 was declined');

    expect(mail.text).toContain(
      'A charge of EUR 49.00 to the card Northwind pays with, the Mastercard ending in 4444, was declined: the card issuer declined it.',
    );
    expect(mail.text).not.toContain('Client account');
  });

  it('is mailed once however often the event is delivered', async () => {
    const contact = profileEmail();
    const { clientId } = await createClient('Twice Told', contact);
    const event = { ...card(clientId), reason: 'card_declined', amount: '1000', currency: 'USD' };
    const eventId = await publishEvent(platform, DECLINED, event);
    await handled(eventId);
    // The same event again under another message id, so JetStream's duplicate window keeps it.
    await publishEvent(platform, DECLINED, event, { id: eventId, msgId: `${eventId}-again` });
    const marker = await publishEvent(platform, DECLINED, { ...event, amount: '2000' });
    await handled(marker);
    await mailAbout(contact, 'A payment of USD 20.00 was declined');

    const mails = await mailTo(platform, contact);
    expect(mails.filter((mail) => mail.subject === 'A payment of USD 10.00 was declined')).toHaveLength(1);
    expect(await platform.db.emailDelivery.count({ where: { sourceEventId: eventId } })).toBe(1);
  });
});

describe('an expiring card', () => {
  it('tells the profile contact the month and year it expires, and what to do', async () => {
    const contact = profileEmail();
    const { clientId } = await createClient('Green Leaf', contact);
    await publishEvent(platform, EXPIRING, {
      ...card(clientId),
      expMonth: 1,
      expYear: 2027,
      reason: 'expiring',
    });
    const mail = await mailAbout(contact, 'Your Visa ending in 4242 expires soon');

    expect(mail.text).toContain(
      'The Visa ending in 4242, the card saved for the client account Green Leaf, expires at the end of 01/2027 (January 2027).',
    );
    expect(mail.text).toContain('Expires: 01/2027 (January 2027)');
    expect(mail.text).toContain('What to do: sign in and save the renewed card');
  });

  it('tells the profile contact once it has expired', async () => {
    const contact = profileEmail();
    const { clientId } = await createClient('Old Oak', contact);
    const eventId = await publishEvent(platform, EXPIRING, {
      ...card(clientId),
      expMonth: 11,
      expYear: 2026,
      reason: 'expired',
    });
    const mail = await mailAbout(contact, 'Your Visa ending in 4242 has expired');

    expect(mail.text).toContain(
      'expired at the end of 11/2026 (November 2026). Payments with it will be declined.',
    );
    expect(
      await platform.db.emailDelivery.findFirstOrThrow({ where: { sourceEventId: eventId } }),
    ).toMatchObject({ kind: 'card_expiring', recipient: contact });
  });
});

describe('nobody to tell', () => {
  it('mails nobody for a client without a profile contact email, or an agency card whose saver has left', async () => {
    const { clientId, billingEmail } = await createClient('No Contact', null);
    const noContact = await publishEvent(platform, EXPIRING, {
      ...card(clientId),
      expMonth: 1,
      expYear: 2027,
      reason: 'expiring',
    });
    const saverLeft = await publishEvent(platform, EXPIRING, {
      ...card(''),
      savedBy: randomUUID(),
      expMonth: 1,
      expYear: 2027,
      reason: 'expiring',
    });
    await handled(noContact);
    await handled(saverLeft);

    expect(
      await platform.db.emailDelivery.count({ where: { sourceEventId: { in: [noContact, saverLeft] } } }),
    ).toBe(0);
    expect(await mailTo(platform, billingEmail)).toEqual([]);
  });
});
