import { randomUUID } from 'node:crypto';
import { eventually } from '@atrium/testing';
import {
  createAgency,
  firstMailTo,
  mailTo,
  publishEvent,
  startPlatform,
  type Platform,
  type TestAgency,
} from './support/platform';

// campaigns's prospect_import.finished → "list upload done" (docs/events.md): a bell notice for whoever
// started the import and a branded system notice to the client's profile contact, with the figures,
// against a real tenancy process that answers the client and a real SMTP sink.
let platform: Platform;
let agency: TestAgency;

beforeAll(async () => {
  platform = await startPlatform('notification_list_uploads', { emailMaxAttempts: 3, emailRetryBaseMs: 50 });
  agency = await createAgency(platform, 'Lighthouse Lists');
});

afterAll(async () => {
  await platform?.stop();
});

function finished(clientId: string, overrides: object = {}) {
  return {
    agencyId: agency.agencyId,
    clientId,
    jobId: `imp_${clientId}_${randomUUID()}`,
    status: 'PROSPECT_IMPORT_STATUS_SUCCEEDED',
    requestedBy: agency.ownerId,
    fileName: 'fair-leads.csv',
    rowsRead: '1204',
    imported: '1100',
    updated: '0',
    skipped: '100',
    failed: '4',
    failureReason: '',
    failureLine: 0,
    requestedInClient: false,
    ...overrides,
  };
}

async function bellOf(clientId: string) {
  return eventually(
    async () => {
      const { notifications } = await platform.notification.ListNotifications(
        { limit: 50, cursor: '', unreadOnly: false, afterId: '' },
        { actor: agency.owner },
      );
      return notifications.find(
        (item) => item.clientId === clientId && item.kind === 'prospect_import.finished',
      );
    },
    15_000,
    'the list upload notice in the bell',
  );
}

it('tells the starter in the bell and mails the profile contact in the agency branding, with the figures', async () => {
  const contact = `contact-${randomUUID().slice(0, 8)}@example.com`;
  const { client } = await platform.tenancy.CreateClient(
    { name: 'Harbour Dental', profileContact: { name: 'Pat Profile', email: contact } },
    { actor: agency.owner },
  );
  await publishEvent(platform, 'atrium.campaigns.v1.prospect_import.finished', finished(client!.id));
  const notice = await bellOf(client!.id);
  expect(notice).toMatchObject({ title: 'List upload done' });
  expect(notice.body).toContain(
    '1204 rows read: 1100 new prospects, 0 updated, 100 skipped as duplicates, 4 not imported',
  );
  const mail = await firstMailTo(platform, contact);
  expect(mail.subject).toBe('List upload done · Lighthouse Lists');
  expect(mail.text).toContain('"fair-leads.csv" was imported.');
  expect(mail.text).toContain('4 not imported');
});

it('a failed import says why and where; a client without a profile contact gets the bell notice only', async () => {
  const { client } = await platform.tenancy.CreateClient({ name: 'Quiet Bakery' }, { actor: agency.owner });
  await publishEvent(
    platform,
    'atrium.campaigns.v1.prospect_import.finished',
    finished(client!.id, {
      status: 'PROSPECT_IMPORT_STATUS_FAILED',
      failureReason: 'The file is not valid CSV: Quote Not Closed',
      failureLine: 17,
    }),
  );
  const notice = await bellOf(client!.id);
  expect(notice.title).toBe('List upload failed');
  expect(notice.body).toContain('(line 17): The file is not valid CSV: Quote Not Closed');
  expect(platform.sink.messages().filter((message) => message.raw.includes('Quiet Bakery'))).toEqual([]);
});

it('nobody is told when the starter cannot reach the client', async () => {
  const { client } = await platform.tenancy.CreateClient(
    { name: 'Hidden Co', profileContact: { email: 'hidden@example.com' } },
    { actor: agency.owner },
  );
  await publishEvent(
    platform,
    'atrium.campaigns.v1.prospect_import.finished',
    finished(client!.id, { requestedBy: randomUUID() }),
  );
  // The consumer settled the event: a later one is told, so this one was handled first.
  const { client: later } = await platform.tenancy.CreateClient(
    { name: 'Later Co' },
    { actor: agency.owner },
  );
  await publishEvent(platform, 'atrium.campaigns.v1.prospect_import.finished', finished(later!.id));
  await bellOf(later!.id);
  expect(await mailTo(platform, 'hidden@example.com')).toEqual([]);
});
