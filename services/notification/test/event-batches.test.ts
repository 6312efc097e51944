import { eventually } from '@atrium/testing';
import { createAgency, publishEvent, startPlatform, type Platform } from './support/platform';

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform('notification_batches', { emailMaxAttempts: 3, emailRetryBaseMs: 50 });
});

afterAll(async () => {
  await platform?.stop();
});

describe('event batches', () => {
  it('changes of one agency published back to back leave the branding of the last, each handled once', async () => {
    const agency = await createAgency(platform, 'Batch Studio');
    const changes = 80;
    const ids: string[] = [];
    // Published back to back, faster than one transaction per event would take them, so they arrive
    // together and share transactions (EVENTS_BATCH_SIZE, default 64). The projection replaces the
    // whole branding, so only handling them in stream order leaves the last change in place.
    for (let change = 1; change <= changes; change++) {
      ids.push(
        await publishEvent(platform, 'atrium.tenancy.v1.agency.updated', {
          agencyId: agency.agencyId,
          name: agency.name,
          displayName: `Batch Studio ${change}`,
          primaryColor: '#0e7490',
        }),
      );
    }
    const inbox = () =>
      platform.db.inboxEvent.findMany({ where: { consumer: 'notification-tenancy', eventId: { in: ids } } });
    await eventually(
      async () => ((await inbox()).length === changes ? true : undefined),
      20000,
      'every change to be handled',
    );

    const branding = await platform.db.agencyBranding.findUnique({ where: { agencyId: agency.agencyId } });
    expect(branding?.displayName).toBe(`Batch Studio ${changes}`);
    // handled_at is the start of the transaction: fewer distinct values than events means shared ones.
    const transactions = new Set((await inbox()).map((row) => row.handledAt.getTime()));
    expect(transactions.size).toBeLessThan(changes);
  });
});
