import { randomUUID } from 'node:crypto';
import type { Subscription } from '@nats-io/transport-node';
import { subjectOf, type EventEnvelope } from '@atrium/events';
import { eventually } from '@atrium/testing';
import {
  createAgency,
  publishEvent,
  startPlatform,
  type Platform,
  type TestAgency,
} from './support/platform';
import { queueEmail } from '../src/emails/queue-email';
import { createNotifications } from '../src/notifications/create-notifications';
import { brandingFor } from '../src/store/brandings';
import { deleteEventsAboutClient } from '../src/store/outbox';

// Notification's part of the client purge saga: on client.deletion_requested it deletes what it holds
// about the client and reports client.purged, which real tenancy takes off its list of participants.
let platform: Platform;
let agency: TestAgency;
let notificationEvents: Subscription;
const purgedReports: Record<string, unknown>[] = [];

beforeAll(async () => {
  platform = await startPlatform('notification_purge', { emailMaxAttempts: 3, emailRetryBaseMs: 50 });
  notificationEvents = platform.nc.subscribe(
    subjectOf('atrium.notification.v1.client.purged', platform.namespace),
  );
  void (async () => {
    for await (const message of notificationEvents)
      purgedReports.push(message.json<Record<string, unknown>>());
  })();
  agency = await createAgency(platform, 'Purge Agency');
});

afterAll(async () => {
  notificationEvents?.unsubscribe();
  await platform?.stop();
});

/** A bell notification and a pending email about a client, and a published outbox row naming it. */
async function seedAbout(clientId: string | null, label: string): Promise<Seeded> {
  const seeded = { notificationId: randomUUID(), emailId: randomUUID(), outboxId: randomUUID() };
  await platform.db.notification.create({
    data: {
      id: seeded.notificationId,
      userId: agency.ownerId,
      agencyId: agency.agencyId,
      kind: 'client.deactivated',
      title: `Client "${label}" deactivated`,
      clientId,
      sourceEventId: randomUUID(),
    },
  });
  await platform.db.emailDelivery.create({
    data: {
      id: seeded.emailId,
      sourceEventId: randomUUID(),
      recipient: `${label.toLowerCase().replace(/\W/g, '')}@example.com`,
      kind: 'invitation',
      agencyId: agency.agencyId,
      clientId,
      subject: `Join ${label}`,
      html: `<p>${label}</p>`,
      text: label,
      // Not due for an hour, so the delivery worker leaves it pending.
      nextAttemptAt: new Date(Date.now() + 3_600_000),
    },
  });
  await platform.db.outboxEvent.create({
    data: {
      id: seeded.outboxId,
      type: 'atrium.notification.v1.notification.created',
      source: '/atrium/notification',
      subject: 'test',
      data: { agencyId: agency.agencyId, clientId: clientId ?? '', title: `Client "${label}" deactivated` },
      publishedAt: new Date(),
    },
  });
  return seeded;
}

interface Seeded {
  notificationId: string;
  emailId: string;
  outboxId: string;
}

/** Whether each seeded row is still there. */
async function stillThere(seeded: Seeded) {
  const [notification, email, outbox] = await Promise.all([
    platform.db.notification.count({ where: { id: seeded.notificationId } }),
    platform.db.emailDelivery.count({ where: { id: seeded.emailId } }),
    platform.db.outboxEvent.count({ where: { id: seeded.outboxId } }),
  ]);
  return { notification, email, outbox };
}

async function countAbout(clientId: string) {
  const [notifications, emails, outbox] = await Promise.all([
    platform.db.notification.count({ where: { clientId } }),
    platform.db.emailDelivery.count({ where: { clientId } }),
    platform.db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_events WHERE data ->> 'clientId' = $1 AND type <> 'atrium.notification.v1.client.purged'`,
      clientId,
    ),
  ]);
  return { notifications, emails, outbox: outbox[0]!.n };
}

it('deletes the notifications, emails and outbox rows about the client, keeps the others, and reports', async () => {
  const { client } = await platform.tenancy.CreateClient({ name: 'Doomed Dental' }, { actor: agency.owner });
  const { client: other } = await platform.tenancy.CreateClient(
    { name: 'Kept Bakery' },
    { actor: agency.owner },
  );
  const clientId = client!.id;
  await seedAbout(clientId, 'Doomed Dental');
  const kept = [await seedAbout(other!.id, 'Kept Bakery'), await seedAbout(null, 'Agency Wide')];

  await platform.tenancy.DeactivateClient({ clientId }, { actor: agency.owner });
  await platform.tenancy.DeleteClient({ clientId, confirm: 'Doomed Dental' }, { actor: agency.owner });

  const report = await eventually(
    async () => purgedReports.find((data) => data.clientId === clientId),
    10_000,
    'client.purged from notification',
  );
  expect(report).toEqual({ agencyId: agency.agencyId, clientId, service: 'notification' });
  expect(await countAbout(clientId)).toEqual({ notifications: 0, emails: 0, outbox: 0 });
  for (const seeded of kept)
    expect(await stillThere(seeded)).toEqual({ notification: 1, email: 1, outbox: 1 });
  // Branding is the agency's, not the client's.
  expect(await platform.db.agencyBranding.count({ where: { agencyId: agency.agencyId } })).toBe(1);
});

it('handles a redelivered request once and reports again for a new request', async () => {
  const clientId = randomUUID();
  const data = {
    agencyId: agency.agencyId,
    clientId,
    requestedBy: agency.ownerId,
    participants: ['notification'],
  };
  const eventId = await publishEvent(platform, 'atrium.tenancy.v1.client.deletion_requested', data);
  await eventually(
    async () => purgedReports.find((report) => report.clientId === clientId),
    10_000,
    'a report',
  );
  // The same event again under another message id, as a redelivery after a lost ack would arrive.
  await publishEvent(platform, 'atrium.tenancy.v1.client.deletion_requested', data, {
    id: eventId,
    msgId: randomUUID(),
  });
  await publishEvent(platform, 'atrium.tenancy.v1.client.deletion_requested', data);
  await eventually(
    async () =>
      purgedReports.filter((report) => report.clientId === clientId).length === 2 ? true : undefined,
    10_000,
    'the second request reported',
  );
  // The redelivery, handled before the new request on the one consumer, reported nothing.
  expect(purgedReports.filter((report) => report.clientId === clientId)).toHaveLength(2);
  expect(await platform.db.inboxEvent.count({ where: { consumer: 'notification-tenancy', eventId } })).toBe(
    1,
  );
});

it('makes no notice or email about a purged client from an event handled late', async () => {
  const clientId = randomUUID();
  const keptClientId = randomUUID();
  await publishEvent(platform, 'atrium.tenancy.v1.client.deletion_requested', {
    agencyId: agency.agencyId,
    clientId,
    requestedBy: agency.ownerId,
    participants: ['notification'],
  });
  await eventually(
    async () => purgedReports.find((report) => report.clientId === clientId),
    10_000,
    'the purge',
  );
  const late = { id: randomUUID() } as EventEnvelope;
  const notice = (about: string) => ({
    userId: agency.ownerId,
    agencyId: agency.agencyId,
    kind: 'client.deactivated',
    title: `Client ${about} deactivated`,
    body: '',
    clientId: about,
  });
  await platform.db.$transaction(async (tx) => {
    await createNotifications(tx, late.id, [notice(clientId), notice(keptClientId)]);
    for (const about of [clientId, keptClientId])
      await queueEmail(tx, {
        event: late,
        kind: 'account_manager_assigned',
        recipient: `manager-${about}@example.com`,
        agencyId: agency.agencyId,
        clientId: about,
        branding: await brandingFor(tx, agency.agencyId),
        rendered: { subject: 'You manage a client', html: '<p>hi</p>', text: 'hi' },
      });
  });
  expect(await countAbout(clientId)).toEqual({ notifications: 0, emails: 0, outbox: 0 });
  expect(await platform.db.notification.count({ where: { clientId: keptClientId } })).toBe(1);
  expect(await platform.db.emailDelivery.count({ where: { clientId: keptClientId } })).toBe(1);
});

it('deletes an event about the client still waiting for the relay, not only published ones', async () => {
  const clientId = randomUUID();
  const waiting = randomUUID();
  // Written and purged in one transaction, so the relay never sees the row unpublished and sends it.
  const left = await platform.db.$transaction(async (tx) => {
    await tx.outboxEvent.create({
      data: {
        id: waiting,
        type: 'atrium.notification.v1.notification.created',
        source: '/atrium/notification',
        subject: 'test',
        data: { agencyId: agency.agencyId, clientId, title: 'Client "Late Dental" deactivated' },
      },
    });
    await deleteEventsAboutClient(tx, agency.agencyId, clientId);
    return tx.outboxEvent.count({ where: { id: waiting } });
  });
  expect(left).toBe(0);
});
