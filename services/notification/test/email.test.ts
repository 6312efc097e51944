import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import type { Subscription } from '@nats-io/transport-node';
import { subjectOf } from '@atrium/events';
import { registry } from '@atrium/metrics';
import { eventually, parseMetrics, sampleSum } from '@atrium/testing';
import {
  createAgency,
  firstMailTo,
  mailTo,
  problem,
  publishEvent,
  startPlatform,
  type Platform,
  type TestAgency,
} from './support/platform';

const MAX_ATTEMPTS = 8;
// Recipients the sink refuses: "busy-…" for now (451), "gone-…" for good (550).
const rejectRecipient = (address: string) => {
  if (address.startsWith('busy-')) return { code: 451, message: '4.2.1 Mailbox busy, try later' };
  if (address.startsWith('gone-')) return { code: 550, message: '5.1.1 No such mailbox' };
  return undefined;
};

let platform: Platform;
let agency: TestAgency;
let invitationEvents: Subscription;
const invitationTokens = new Map<string, string>();

beforeAll(async () => {
  platform = await startPlatform('notification_email', {
    emailMaxAttempts: MAX_ATTEMPTS,
    // Small, so that retries and giving up take seconds, not minutes.
    emailRetryBaseMs: 50,
    rejectRecipient,
  });
  // Tokens travel only in invitation.created; the test reads them there to check the links.
  invitationEvents = platform.nc.subscribe(
    subjectOf('atrium.tenancy.v1.invitation.created', platform.namespace),
  );
  void (async () => {
    for await (const message of invitationEvents) {
      const event = message.json<{ email: string; token: string }>();
      invitationTokens.set(event.email, event.token);
    }
  })();
  agency = await createAgency(platform, 'Northwind Marketing');
});

afterAll(async () => {
  invitationEvents?.unsubscribe();
  await platform?.stop();
});

async function invite(email: string, inAgency: TestAgency = agency) {
  const { invitation } = await platform.tenancy.InviteAgencyMember(
    { email, name: 'Ivy Invitee', role: 'member' },
    { actor: inAgency.owner },
  );
  return invitation!;
}

function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

function deliveriesTo(recipient: string) {
  return platform.db.emailDelivery.findMany({ where: { recipient } });
}

function waitForDelivery(recipient: string, status: string, timeoutMs = 20000) {
  return eventually(
    async () => {
      const [delivery] = await deliveriesTo(recipient);
      return delivery?.status === status ? delivery : undefined;
    },
    timeoutMs,
    `the email to ${recipient} to be ${status}`,
  );
}

function linkIn(mail: ParsedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s"<>]*/${path}\\?token=[^\\s"<>]+`).exec(mail.text ?? '');
  if (!match) throw new Error(`no ${path} link in:\n${mail.text}`);
  return match[0];
}

describe('invitation email', () => {
  it('reaches the invitee once, from the agency, in its branding, with the single-use 7-day link', async () => {
    const email = uniqueEmail('ivy');
    await invite(email);
    const mail = await firstMailTo(platform, email);
    const token = invitationTokens.get(email);

    expect(mail.subject).toBe('You are invited to join Northwind Marketing');
    expect(mail.to).toMatchObject({ value: [{ address: email }] });
    expect(mail.from?.value).toEqual([{ name: 'Northwind Marketing', address: 'no-reply@atrium.test' }]);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(linkIn(mail, 'accept-invitation')).toBe(
      `http://localhost:8080/accept-invitation?token=${encodeURIComponent(token!)}`,
    );
    expect(mail.html).toContain(`href="http://localhost:8080/accept-invitation?token=${token}"`);
    // No colour published yet: Atrium's default colour with the agency's name.
    expect(mail.html).toContain('background-color:#4f46e5');
    expect(mail.html).toContain('Welcome to Northwind Marketing');
    expect(mail.text).toContain('expires in 7 days');

    const delivery = await waitForDelivery(email, 'sent');
    expect(mail.messageId).toBe(`<${delivery.id}@atrium.test>`);
    // Settled deliveries no longer hold the link.
    expect(delivery).toMatchObject({ kind: 'invitation', attempts: 1, html: '', text: '' });
    expect(await mailTo(platform, email)).toHaveLength(1);
    // The SMTP_URL credentials were used to log in.
    expect(platform.sink.messages().find((message) => message.to.includes(email))?.envelope.user).toBe(
      'notification',
    );
  });
});

describe('invitation email for a custom role', () => {
  it('names the custom role the invitation offers', async () => {
    const { role } = await platform.tenancy.CreateAgencyRole(
      { name: 'Account Executives', description: '', permissions: ['clients:create'] },
      { actor: agency.owner },
    );
    const email = uniqueEmail('cora');
    await platform.tenancy.InviteAgencyMember(
      { email, name: 'Cora Custom', role: '', roleId: role!.id },
      { actor: agency.owner },
    );
    const mail = await firstMailTo(platform, email);
    expect(mail.text).toContain('as Account Executives');
    expect(mail.text).not.toContain('as custom');
  });
});

describe('invitation sent later', () => {
  it('is mailed only once it is resent', async () => {
    const later = uniqueEmail('lee');
    const { invitation } = await platform.tenancy.InviteAgencyMember(
      { email: later, name: 'Lee Later', role: 'member', sendLater: true },
      { actor: agency.owner },
    );
    // One consumer handles tenancy's events in order: once the next invitation is mailed, the held
    // one has been handled, and mailed nothing.
    const next = uniqueEmail('ned');
    await invite(next);
    await firstMailTo(platform, next);
    expect(await deliveriesTo(later)).toEqual([]);

    await platform.tenancy.ResendInvitation(
      { clientId: '', invitationId: invitation!.id },
      { actor: agency.owner },
    );
    const mail = await firstMailTo(platform, later);
    expect(mail.subject).toBe('You are invited to join Northwind Marketing');
    expect(await mailTo(platform, later)).toHaveLength(1);
  });
});

describe('password reset email', () => {
  it('carries the reset link on the agency’s client login URL, in the agency’s colour', async () => {
    // The branding travels from tenancy's UpdateAgency through agency.updated into the projection.
    const branded = await createAgency(platform, 'Harbour Studio');
    const slug = `harbour-${randomUUID().slice(0, 8)}`;
    await platform.tenancy.UpdateAgency(
      { primaryColor: '#0e7490', loginSlug: slug, supportEmail: 'help@harbour.example' },
      { actor: branded.owner },
    );
    await eventually(
      () =>
        platform.db.agencyBranding
          .findFirst({ where: { agencyId: branded.agencyId, loginSlug: slug } })
          .then((row) => row ?? undefined),
      10000,
      'the branding of Harbour Studio',
    );
    const email = uniqueEmail('ada');
    await publishEvent(platform, 'atrium.identity.v1.password_reset.requested', {
      userId: randomUUID(),
      email,
      name: 'Ada Lovelace',
      agencyId: branded.agencyId,
      token: 'reset-token-123',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const mail = await firstMailTo(platform, email);

    expect(mail.subject).toBe('Reset your Harbour Studio password');
    expect(linkIn(mail, 'reset-password')).toBe(
      `http://localhost:8080/login/${slug}/reset-password?token=reset-token-123`,
    );
    expect(mail.html).toContain('background-color:#0e7490');
    expect(mail.text).toContain('expires in 1 hour');
    expect(mail.replyTo?.value).toEqual([{ name: '', address: 'help@harbour.example' }]);
  });

  it('is sent once however often the same event is delivered', async () => {
    const email = uniqueEmail('twice');
    const reset = {
      userId: randomUUID(),
      email,
      name: 'Twice',
      agencyId: agency.agencyId,
      token: 'once-only',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const id = randomUUID();
    // Different message ids, so JetStream's duplicate window keeps both: a true redelivery.
    await publishEvent(platform, 'atrium.identity.v1.password_reset.requested', reset, {
      id,
      msgId: `${id}-1`,
    });
    await publishEvent(platform, 'atrium.identity.v1.password_reset.requested', reset, {
      id,
      msgId: `${id}-2`,
    });
    // The stream is handled in order, so once a later event is mailed both copies were handled.
    const marker = uniqueEmail('marker');
    await publishEvent(platform, 'atrium.identity.v1.password_reset.requested', {
      ...reset,
      userId: randomUUID(),
      email: marker,
    });
    await firstMailTo(platform, marker);
    await waitForDelivery(email, 'sent');

    expect(await mailTo(platform, email)).toHaveLength(1);
    expect(await deliveriesTo(email)).toHaveLength(1);
  });
  it('is not sent when its link has already expired', async () => {
    const email = uniqueEmail('late');
    const eventId = await publishEvent(platform, 'atrium.identity.v1.password_reset.requested', {
      userId: randomUUID(),
      email,
      name: 'Late',
      agencyId: '',
      token: 'dead-token',
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const marker = uniqueEmail('marker');
    await publishEvent(platform, 'atrium.identity.v1.password_reset.requested', {
      userId: randomUUID(),
      email: marker,
      name: 'Marker',
      agencyId: '',
      token: 'live-token',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await firstMailTo(platform, marker);

    expect(await platform.db.emailDelivery.count({ where: { sourceEventId: eventId } })).toBe(0);
    expect(await mailTo(platform, email)).toHaveLength(0);
  });
});

describe('suspicious sign-in email', () => {
  it('tells the person what happened, when and from where, and rings their default agency’s bell', async () => {
    const email = uniqueEmail('olive');
    await publishEvent(platform, 'atrium.identity.v1.session.reuse_detected', {
      userId: agency.ownerId,
      email,
      name: 'Olive Owner',
      familyId: randomUUID(),
      ip: '203.0.113.9',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0',
      detectedAt: '2026-11-20T08:15:00.000Z',
    });
    const mail = await firstMailTo(platform, email);

    expect(mail.subject).toBe(
      'Security alert: suspicious sign-in blocked on your Northwind Marketing account',
    );
    expect(mail.text).toContain('When: 20 November 2026 at 08:15 UTC');
    expect(mail.text).toContain('IP address: 203.0.113.9');
    expect(mail.text).toContain('Device: Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0');
    expect(mail.text).toContain('change your password now');

    const { notifications } = await platform.notification.ListNotifications(
      { limit: 10, cursor: '', unreadOnly: false, afterId: '' },
      { actor: agency.owner },
    );
    expect(notifications.find((item) => item.kind === 'session.reuse_detected')).toMatchObject({
      title: 'Suspicious sign-in blocked',
    });
  });

  it('goes out in Atrium’s branding, without a bell notice, when no agency of the person is known', async () => {
    const email = uniqueEmail('stranger');
    const eventId = await publishEvent(platform, 'atrium.identity.v1.session.reuse_detected', {
      userId: randomUUID(),
      email,
      name: 'Stranger',
      familyId: randomUUID(),
      ip: '',
      userAgent: '',
      detectedAt: new Date().toISOString(),
    });
    const mail = await firstMailTo(platform, email);

    expect(mail.subject).toBe('Security alert: suspicious sign-in blocked on your Atrium account');
    expect(mail.from?.value).toEqual([{ name: 'Atrium', address: 'no-reply@atrium.test' }]);
    expect(mail.text).toContain('IP address: unknown');
    expect(await platform.db.notification.count({ where: { sourceEventId: eventId } })).toBe(0);
  });
});

describe('delivery when SMTP fails', () => {
  it('delivers every invitation exactly once after the SMTP server comes back from an outage', async () => {
    await platform.stopSink();
    const emails = Array.from({ length: 5 }, () => uniqueEmail('outage'));
    for (const email of emails) await invite(email);
    // Each has failed at least twice while the server was away, and is still waiting to be retried.
    await eventually(
      async () => {
        const rows = await platform.db.emailDelivery.findMany({ where: { recipient: { in: emails } } });
        const retrying = rows.filter((row) => row.status === 'pending' && row.attempts >= 2);
        return retrying.length === emails.length ? rows : undefined;
      },
      20000,
      'every invitation to have failed twice',
    );
    const [failing] = await deliveriesTo(emails[0]!);
    expect(failing?.lastError).toMatch(/^The mail server could not be reached/);

    await platform.startSink();
    for (const email of emails) await waitForDelivery(email, 'sent');

    for (const email of emails) expect(await mailTo(platform, email)).toHaveLength(1);
  });

  it('marks an email failed after EMAIL_MAX_ATTEMPTS temporary refusals', async () => {
    const email = uniqueEmail('busy');
    await invite(email);
    const delivery = await waitForDelivery(email, 'failed', 30000);

    expect(delivery).toMatchObject({ attempts: MAX_ATTEMPTS, html: '', text: '' });
    expect(delivery.lastError).toBe('451 4.2.1 Mailbox busy, try later');
    expect(delivery.failedAt).not.toBeNull();
  });

  it('counts each retry and each email given up in atrium_email_delivery_attempts_total', async () => {
    const attempts = async (outcome: string) =>
      sampleSum(parseMetrics(await registry.metrics()), 'atrium_email_delivery_attempts_total', { outcome });
    const retriesBefore = await attempts('retry');
    const failedBefore = await attempts('failed');
    const email = uniqueEmail('busy');
    await invite(email);
    await waitForDelivery(email, 'failed', 30000);

    expect(await attempts('retry')).toBeGreaterThanOrEqual(retriesBefore + MAX_ATTEMPTS - 1);
    expect(await attempts('failed')).toBeGreaterThanOrEqual(failedBefore + 1);
  });

  it('marks an email failed at once when the receiving server refuses the recipient for good', async () => {
    const email = uniqueEmail('gone');
    await invite(email);
    const delivery = await waitForDelivery(email, 'failed');

    expect(delivery).toMatchObject({ attempts: 1, lastError: '550 5.1.1 No such mailbox' });
  });
});

describe('ListEmailDeliveries', () => {
  let failedEmail: string;
  let sentEmail: string;

  beforeAll(async () => {
    failedEmail = uniqueEmail('gone');
    sentEmail = uniqueEmail('listed');
    await invite(failedEmail);
    await invite(sentEmail);
    await waitForDelivery(failedEmail, 'failed');
    await waitForDelivery(sentEmail, 'sent');
  });

  it('shows an agency’s owner what was sent and what failed, without the messages themselves', async () => {
    const failed = await platform.notification.ListEmailDeliveries(
      { limit: 100, cursor: '', status: 'failed' },
      { actor: agency.owner },
    );
    expect(failed.deliveries.every((delivery) => delivery.status === 'failed')).toBe(true);
    const delivery = failed.deliveries.find((item) => item.recipient === failedEmail);
    expect(delivery).toMatchObject({
      kind: 'invitation',
      subject: 'You are invited to join Northwind Marketing',
      status: 'failed',
      attempts: 1,
      lastError: '550 5.1.1 No such mailbox',
      nextAttemptAt: '',
      sentAt: '',
    });
    expect(Date.parse(delivery!.failedAt)).not.toBeNaN();
    expect(JSON.stringify(failed)).not.toMatch(/token=/);

    const sent = await platform.notification.ListEmailDeliveries(
      { limit: 100, cursor: '', status: 'sent' },
      { actor: agency.owner },
    );
    expect(sent.deliveries.find((item) => item.recipient === sentEmail)).toMatchObject({ status: 'sent' });
    expect(sent.deliveries.find((item) => item.recipient === failedEmail)).toBeUndefined();
  });

  it('pages newest first by cursor', async () => {
    const seen: string[] = [];
    let cursor = '';
    do {
      const page = await platform.notification.ListEmailDeliveries(
        { limit: 2, cursor, status: '' },
        { actor: agency.owner },
      );
      expect(page.deliveries.length).toBeLessThanOrEqual(2);
      seen.push(...page.deliveries.map((item) => item.createdAt));
      cursor = page.nextCursor;
    } while (cursor);
    const total = await platform.db.emailDelivery.count({ where: { agencyId: agency.agencyId } });
    expect(seen).toHaveLength(total);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('is refused to a member who is not an owner or admin, and shows no other agency’s emails', async () => {
    const memberEmail = uniqueEmail('member');
    await invite(memberEmail);
    const token = await eventually(
      async () => invitationTokens.get(memberEmail),
      10000,
      'the invitation token',
    );
    const memberId = randomUUID();
    await platform.tenancy.ClaimInvitation({
      token,
      userId: memberId,
      userName: 'Mo Member',
      userEmail: memberEmail,
    });

    expect(
      await problem(
        platform.notification.ListEmailDeliveries(
          { limit: 10, cursor: '', status: '' },
          { actor: { userId: memberId, agencyId: agency.agencyId } },
        ),
      ),
    ).toMatchObject({ code: 'forbidden' });

    const other = await createAgency(platform, 'Elsewhere Inc');
    const theirs = await platform.notification.ListEmailDeliveries(
      { limit: 100, cursor: '', status: '' },
      { actor: other.owner },
    );
    expect(theirs.deliveries).toEqual([]);
    // Someone who is not a member of the agency they claim to act in learns nothing either.
    expect(
      await problem(
        platform.notification.ListEmailDeliveries(
          { limit: 10, cursor: '', status: '' },
          { actor: { userId: randomUUID(), agencyId: agency.agencyId } },
        ),
      ),
    ).toMatchObject({ code: 'not_found' });
  });

  it('names the field of a bad status or cursor', async () => {
    expect(
      await problem(
        platform.notification.ListEmailDeliveries(
          { limit: 10, cursor: '', status: 'bounced' },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'status' }] });
    expect(
      await problem(
        platform.notification.ListEmailDeliveries(
          { limit: 10, cursor: 'nonsense', status: '' },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'cursor' }] });
  });
});
