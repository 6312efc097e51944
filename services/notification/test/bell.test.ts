import { randomUUID } from 'node:crypto';
import type { Subscription } from '@nats-io/transport-node';
import { subjectOf } from '@atrium/events';
import type { Actor } from '@atrium/logger';
import type { notification } from '@atrium/proto';
import { eventually } from '@atrium/testing';
import { createAgency, problem, startPlatform, type Platform, type TestAgency } from './support/platform';

let platform: Platform;
let createdEvents: Subscription;
const published: Array<{ headers: Record<string, string>; data: Record<string, string> }> = [];

beforeAll(async () => {
  platform = await startPlatform('notification_bell', { emailMaxAttempts: 3, emailRetryBaseMs: 50 });
  createdEvents = platform.nc.subscribe(
    subjectOf('atrium.notification.v1.notification.created', platform.namespace),
  );
  void (async () => {
    for await (const message of createdEvents) {
      published.push({
        headers: {
          id: message.headers?.get('ce-id') ?? '',
          type: message.headers?.get('ce-type') ?? '',
          source: message.headers?.get('ce-source') ?? '',
        },
        data: message.json<Record<string, string>>(),
      });
    }
  })();
});

afterAll(async () => {
  createdEvents?.unsubscribe();
  await platform?.stop();
});

const everything = { limit: 100, cursor: '', unreadOnly: false, afterId: '' };

function list(actor: Actor, request: Partial<notification.ListNotificationsRequest> = {}) {
  return platform.notification.ListNotifications({ ...everything, ...request }, { actor });
}

/** Creates a client through tenancy and waits until its owner's bell has the notification. */
async function createClient(agency: TestAgency, name: string): Promise<notification.Notification__Output> {
  const { client } = await platform.tenancy.CreateClient({ name }, { actor: agency.owner });
  return eventually(
    async () => (await list(agency.owner)).notifications.find((item) => item.clientId === client!.id),
    10000,
    `the bell notification of client ${name}`,
  );
}

describe('the bell', () => {
  it('shows the owner a notification when a client is created, and publishes notification.created', async () => {
    const agency = await createAgency(platform, 'Bell Agency');
    const created = await createClient(agency, 'Blue Bottle');

    expect(created).toMatchObject({
      kind: 'client.created',
      title: 'Client "Blue Bottle" created',
      readAt: '',
    });
    const event = await eventually(
      async () => published.find((item) => item.data.notificationId === created.id),
      10000,
      'notification.created',
    );
    expect(event.headers).toMatchObject({
      type: 'atrium.notification.v1.notification.created',
      source: '/atrium/notification',
    });
    expect(event.data).toEqual({
      notificationId: created.id,
      userId: agency.ownerId,
      agencyId: agency.agencyId,
      kind: 'client.created',
      title: created.title,
      body: created.body,
      clientId: created.clientId,
      createdAt: created.createdAt,
    });
  });

  it('counts unread notifications and marks one read, keeping the first read time', async () => {
    const agency = await createAgency(platform, 'Count Agency');
    const first = await createClient(agency, 'First Client');
    await createClient(agency, 'Second Client');
    expect(await platform.notification.GetUnreadCount({}, { actor: agency.owner })).toEqual({ count: 2 });

    const { notification: read } = await platform.notification.MarkNotificationRead(
      { notificationId: first.id },
      { actor: agency.owner },
    );
    expect(read?.id).toBe(first.id);
    expect(Date.parse(read!.readAt)).not.toBeNaN();
    expect(await platform.notification.GetUnreadCount({}, { actor: agency.owner })).toEqual({ count: 1 });
    const again = await platform.notification.MarkNotificationRead(
      { notificationId: first.id },
      { actor: agency.owner },
    );
    expect(again.notification?.readAt).toBe(read!.readAt);

    const unread = await list(agency.owner, { unreadOnly: true });
    expect(unread.notifications.map((item) => item.title)).toEqual(['Client "Second Client" created']);
  });

  it('marks all of the caller’s notifications read, and no one else’s', async () => {
    const agency = await createAgency(platform, 'All Read Agency');
    const other = await createAgency(platform, 'Other Agency');
    await createClient(agency, 'One');
    await createClient(agency, 'Two');
    await createClient(other, 'Theirs');

    expect(await platform.notification.MarkAllNotificationsRead({}, { actor: agency.owner })).toEqual({
      marked: 2,
    });
    expect(await platform.notification.GetUnreadCount({}, { actor: agency.owner })).toEqual({ count: 0 });
    expect(await platform.notification.GetUnreadCount({}, { actor: other.owner })).toEqual({ count: 1 });
    expect(await platform.notification.MarkAllNotificationsRead({}, { actor: agency.owner })).toEqual({
      marked: 0,
    });
  });

  it('answers not_found for another person’s notification, and for its own in another agency', async () => {
    const agency = await createAgency(platform, 'Private Agency');
    const mine = await createClient(agency, 'Mine');
    const stranger = await createAgency(platform, 'Stranger Agency');

    expect(
      await problem(
        platform.notification.MarkNotificationRead({ notificationId: mine.id }, { actor: stranger.owner }),
      ),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await problem(
        platform.notification.MarkNotificationRead(
          { notificationId: mine.id },
          { actor: { userId: agency.ownerId, agencyId: stranger.agencyId } },
        ),
      ),
    ).toMatchObject({ code: 'not_found' });
    expect((await list(stranger.owner)).notifications).toEqual([]);
    expect(await platform.notification.GetUnreadCount({}, { actor: agency.owner })).toEqual({ count: 1 });
  });

  it('replays what came after a notification, oldest first, for a reconnecting stream', async () => {
    const agency = await createAgency(platform, 'Replay Agency');
    const first = await createClient(agency, 'Alpha');
    const second = await createClient(agency, 'Beta');
    const third = await createClient(agency, 'Gamma');

    const after = await list(agency.owner, { afterId: first.id });
    expect(after.notifications.map((item) => item.id)).toEqual([second.id, third.id]);
    expect(after.nextCursor).toBe('');
    const limited = await list(agency.owner, { afterId: first.id, limit: 1 });
    expect(limited.notifications.map((item) => item.id)).toEqual([second.id]);
    expect((await list(agency.owner, { afterId: third.id })).notifications).toEqual([]);

    const newestFirst = await list(agency.owner);
    expect(newestFirst.notifications.map((item) => item.id)).toEqual([third.id, second.id, first.id]);
  });

  it('pages newest first by cursor', async () => {
    const agency = await createAgency(platform, 'Paging Agency');
    const created = [];
    for (const name of ['P1', 'P2', 'P3']) created.push(await createClient(agency, name));

    const firstPage = await list(agency.owner, { limit: 2 });
    expect(firstPage.notifications.map((item) => item.id)).toEqual([created[2]!.id, created[1]!.id]);
    const secondPage = await list(agency.owner, { limit: 2, cursor: firstPage.nextCursor });
    expect(secondPage.notifications.map((item) => item.id)).toEqual([created[0]!.id]);
    expect(secondPage.nextCursor).toBe('');
  });

  it('refuses bad input naming the field, unknown anchors and calls without a person', async () => {
    const agency = await createAgency(platform, 'Strict Agency');
    const mine = await createClient(agency, 'Anchor');
    const stranger = await createAgency(platform, 'Nosy Agency');

    expect(
      await problem(
        platform.notification.MarkNotificationRead({ notificationId: 'not-an-id' }, { actor: agency.owner }),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'id' }] });
    expect(await problem(list(agency.owner, { afterId: 'nope' }))).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'afterId' }],
    });
    expect(await problem(list(agency.owner, { afterId: mine.id, cursor: 'abc' }))).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'afterId' }],
    });
    expect(await problem(list(stranger.owner, { afterId: mine.id }))).toMatchObject({ code: 'not_found' });
    expect(await problem(list(agency.owner, { limit: 101 }))).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'limit' }],
    });
    expect(await problem(platform.notification.GetUnreadCount({}))).toMatchObject({
      code: 'unauthenticated',
    });
    expect(
      await problem(platform.notification.GetUnreadCount({}, { actor: { userId: randomUUID() } })),
    ).toMatchObject({ code: 'unauthenticated' });
  });
});
