import { randomBytes } from 'node:crypto';
import { callGateway, startPlatform, type Platform } from '../e2e/platform';
import { expectStatus, signUpAgency, type NewAgency } from '../e2e/fixture';
import { recordFigures } from './figures';
import { metricValue, positiveSetting, runPool, secondsSince, waitUntil } from './traffic';

// The SMTP server down for DOWN_MS while invitations and card-declined emails are queued: once it is
// back every one of them arrives exactly once (docs/reliability.md). Notification sets each email's
// Message-ID from its delivery row, so a repeat of one delivery shows as the same Message-ID twice.
const DOWN_MS = positiveSetting('FAULTS_SMTP_DOWN_MS', 60_000);
const INVITATIONS = positiveSetting('FAULTS_SMTP_INVITATIONS', 10);
const DECLINES = positiveSetting('FAULTS_SMTP_DECLINES', 3);

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform();
});

afterAll(async () => {
  await platform?.shutdown();
});

const attempts = async (outcome: string) =>
  metricValue(platform.metricsUrl('notification'), 'atrium_email_delivery_attempts_total', { outcome });
const queueDepth = async () => metricValue(platform.metricsUrl('notification'), 'atrium_email_queue_depth');

it('delivers every invitation and card-declined email exactly once after a minute without SMTP', async () => {
  const inviting = await signUpAgency(platform, { label: 'mailout', agencyName: 'Mailout Agency' });
  // One agency per declined charge: each owner expects exactly one card-declined email.
  const declining: NewAgency[] = await runPool(DECLINES, 2, (index) =>
    signUpAgency(platform, { label: `declined${index}`, agencyName: `Declined Agency ${index}` }),
  );
  // An agency's card emails go to its contact address (notification's card contacts), which sign-up leaves empty.
  const contactOf = (agency: NewAgency) => agency.email('billing');
  for (const agency of declining) {
    await expectStatus(
      callGateway(platform, 'PATCH', '/v1/agency', {
        token: agency.owner.accessToken,
        body: { contactEmail: contactOf(agency) },
      }),
      200,
      'setting the agency contact address',
    );
    await expectStatus(
      callGateway(platform, 'PUT', '/v1/agency/payment-method', {
        token: agency.owner.accessToken,
        body: { token: 'pm_card_chargeDeclined' },
      }),
      200,
      'saving a declining card',
    );
  }
  // Whatever signing up mailed has left before the server goes away, so the new sink holds only ours.
  await waitUntil(
    async () => ((await queueDepth()) === 0 ? true : undefined),
    60_000,
    'an empty email queue',
  );
  const retriesBefore = await attempts('retry');
  const failedBefore = await attempts('failed');

  await platform.stopSmtp();
  const downSince = Date.now();
  const suffix = randomBytes(3).toString('hex');
  const invitees = Array.from(
    { length: INVITATIONS },
    (_, index) => `invitee-${index}-${suffix}@mailout.test`,
  );
  await runPool(INVITATIONS, 4, (index) =>
    expectStatus(
      callGateway(platform, 'POST', '/v1/agency/members', {
        token: inviting.owner.accessToken,
        body: { email: invitees[index], name: `Invitee ${index}`, role: 'member' },
      }),
      201,
      `inviting ${invitees[index]}`,
    ),
  );
  for (const agency of declining) {
    await expectStatus(
      callGateway(platform, 'POST', '/v1/agency/credits/purchases', {
        token: agency.owner.accessToken,
        body: { quantity: 10 },
        headers: { 'idempotency-key': randomBytes(8).toString('hex') },
      }),
      402,
      'a purchase on the declining card',
    );
  }
  // The emails are queued and notification tries, and fails, while the server is away.
  await waitUntil(
    async () => ((await attempts('retry')) > retriesBefore ? true : undefined),
    Math.max(DOWN_MS - 1000, 1000),
    'a failed delivery attempt while SMTP is down',
  ).catch(() => undefined);
  const left = DOWN_MS - (Date.now() - downSince);
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  await platform.startSmtp();
  const back = Date.now();
  const downtimeSeconds = secondsSince(downSince, back);

  const expected = new Map<string, RegExp>([
    ...invitees.map((email) => [email, /Mailout Agency/] as [string, RegExp]),
    ...declining.map((agency) => [contactOf(agency), /declin/i] as [string, RegExp]),
  ]);
  const matching = async () => {
    const caught = await platform.mail.messages();
    return caught.filter((message) =>
      message.to.some((recipient) => expected.get(recipient)?.test(message.subject)),
    );
  };
  let drainSeconds: number | string = 'not within 5 min';
  await waitUntil(
    async () => {
      const arrived = new Set((await matching()).flatMap((message) => message.to));
      return [...expected.keys()].every((recipient) => arrived.has(recipient)) ? true : undefined;
    },
    300_000,
    'every expected email in the sink',
    500,
  )
    .then(() => (drainSeconds = secondsSince(back)))
    .catch(() => undefined);
  // A repeat would come from the same queue: wait for it to be empty before counting.
  await waitUntil(
    async () => ((await queueDepth()) === 0 ? true : undefined),
    60_000,
    'the queue to drain',
  ).catch(() => undefined);

  const caught = await matching();
  const messageIds = await Promise.all(
    caught.map(async (message) => {
      const head = (await platform.mail.raw(message.id)).toString('utf8').split(/\r?\n\r?\n/)[0] ?? '';
      return /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? message.id;
    }),
  );
  const perRecipient = new Map<string, number>();
  for (const message of caught)
    for (const recipient of message.to) perRecipient.set(recipient, (perRecipient.get(recipient) ?? 0) + 1);
  const delivered = [...expected.keys()].filter((recipient) => perRecipient.has(recipient)).length;
  const duplicates = [...perRecipient.values()].reduce((sum, count) => sum + count - 1, 0);
  const sameMessageId = messageIds.length - new Set(messageIds).size;
  const lost = expected.size - delivered;
  const lostDeclines = declining.filter((agency) => !perRecipient.has(contactOf(agency))).length;
  if (lost > 0) {
    // What did reach the people missing an email, to tell a wrong subject from no email at all.
    const missing = [...expected.keys()].filter((recipient) => !perRecipient.has(recipient));
    const theirs = (await platform.mail.messages()).filter((message) =>
      message.to.some((recipient) => missing.includes(recipient)),
    );
    process.stdout.write(
      `[faults] missing: ${JSON.stringify(missing)}\ntheir mail: ${JSON.stringify(theirs)}\n`,
    );
  }
  const retries = (await attempts('retry')) - retriesBefore;
  const givenUp = (await attempts('failed')) - failedBefore;

  const passed = lost === 0 && duplicates === 0 && sameMessageId === 0 && givenUp === 0;
  recordFigures({
    scenario: 'smtp-outage',
    title: `SMTP down ${DOWN_MS / 1000} s while ${INVITATIONS} invitations and ${DECLINES} card-declined emails were queued`,
    figures: {
      'emails expected': expected.size,
      delivered,
      duplicates,
      'same Message-ID twice': sameMessageId,
      lost,
      'of which card-declined': lostDeclines,
      'given up (failed attempts)': givenUp,
      'downtime (s)': downtimeSeconds,
      'drained after SMTP returned (s)': drainSeconds,
      'retries seen': retries,
    },
    passed,
  });
  expect({ lost, duplicates, sameMessageId, givenUp }).toEqual({
    lost: 0,
    duplicates: 0,
    sameMessageId: 0,
    givenUp: 0,
  });
  expect(retries).toBeGreaterThan(0);
});
