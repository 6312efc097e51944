import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/logger';
import { eventually } from '@atrium/testing';
import {
  createAgency,
  publishEvent,
  startPlatform,
  type Platform,
  type TestAgency,
} from './support/platform';

// campaigns' prospect_cleanup.finished → a bell notice for whoever asked for the cleanup
// (docs/campaigns.md "Cleaning the prospect database").
let platform: Platform;
let agency: TestAgency;
let clientId: string;

beforeAll(async () => {
  platform = await startPlatform('notification_cleanup', { emailMaxAttempts: 3, emailRetryBaseMs: 50 });
  agency = await createAgency(platform, 'Tidy Marketing');
  clientId = (await platform.tenancy.CreateClient({ name: 'Spotless Dental' }, { actor: agency.owner }))
    .client!.id;
});

afterAll(async () => {
  await platform?.stop();
});

function cleanupFinished(end: { requestedBy: string; succeeded: boolean; failure?: string; mode?: string }) {
  return {
    jobId: randomUUID(),
    agencyId: agency.agencyId,
    clientId,
    mode: end.mode ?? 'all',
    deleted: end.succeeded ? '1200' : '300',
    total: '1200',
    succeeded: end.succeeded,
    failure: end.failure ?? '',
    requestedBy: end.requestedBy,
  };
}

async function bell(actor: Actor, kind: string) {
  const { notifications } = await platform.notification.ListNotifications(
    { limit: 100, cursor: '', unreadOnly: false, afterId: '' },
    { actor },
  );
  return notifications.filter((item) => item.kind === kind && item.clientId === clientId);
}

async function handled(eventId: string): Promise<void> {
  await eventually(
    () =>
      platform.db.inboxEvent
        .findFirst({ where: { consumer: 'notification-campaigns', eventId } })
        .then((row) => row ?? undefined),
    10000,
    `notification to handle event ${eventId}`,
  );
}

it('tells whoever asked that the cleanup finished, with the figures, once however often it is delivered', async () => {
  const data = cleanupFinished({ requestedBy: agency.ownerId, succeeded: true });
  const id = await publishEvent(platform, 'atrium.campaigns.v1.prospect_cleanup.finished', data);
  await publishEvent(platform, 'atrium.campaigns.v1.prospect_cleanup.finished', data, {
    id,
    msgId: `${id}-again`,
  });
  const notices = await eventually(
    async () => {
      const found = await bell(agency.owner, 'prospect_cleanup.succeeded');
      return found.length > 0 ? found : undefined;
    },
    10000,
    'the cleanup notice',
  );
  expect(notices).toEqual([
    expect.objectContaining({
      title: 'Prospect cleanup finished',
      body: '1,200 of 1,200 prospects removed (all prospects).',
    }),
  ]);
  const marker = await publishEvent(
    platform,
    'atrium.campaigns.v1.prospect_cleanup.finished',
    cleanupFinished({ requestedBy: randomUUID(), succeeded: true }),
  );
  await handled(marker);
  expect(await bell(agency.owner, 'prospect_cleanup.succeeded')).toHaveLength(1);
});

it('says why a cleanup failed and how far it got', async () => {
  const id = await publishEvent(
    platform,
    'atrium.campaigns.v1.prospect_cleanup.finished',
    cleanupFinished({
      requestedBy: agency.ownerId,
      succeeded: false,
      mode: 'contacted_over_6_months',
      failure: 'Gave up after 3 failed attempts: disk full',
    }),
  );
  await handled(id);
  expect(await bell(agency.owner, 'prospect_cleanup.failed')).toEqual([
    expect.objectContaining({
      title: 'Prospect cleanup failed',
      body:
        'Stopped after 300 of 1,200 prospects were removed (last contacted more than 6 months ago): ' +
        'Gave up after 3 failed attempts: disk full',
    }),
  ]);
});

it('rings no bell for a cleanup asked for by an API key or by someone without the client', async () => {
  const apiKeyId = randomUUID();
  const id = await publishEvent(
    platform,
    'atrium.campaigns.v1.prospect_cleanup.finished',
    cleanupFinished({ requestedBy: apiKeyId, succeeded: true, mode: 'selected' }),
  );
  await handled(id);
  expect(await platform.db.notification.count({ where: { sourceEventId: id } })).toBe(0);
});
