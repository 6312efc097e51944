import { setTimeout as sleep } from 'node:timers/promises';
import { callGateway, startPlatform, type Platform } from '../e2e/platform';
import { createClient, signUpAgency, type NewAgency } from '../e2e/fixture';
import { recordFigures } from './figures';
import {
  metricValue,
  positiveSetting,
  queryDatabase,
  recordStream,
  runPool,
  secondsSince,
  waitUntil,
  type StreamRecorder,
} from './traffic';

// NATS stopped for OUTAGE_MS and started again in the middle of a burst of client changes through the
// gateway: every change that answered 2xx reaches notification and a durable subscriber of the test's
// own exactly once, and a change that was refused left no event behind (docs/reliability.md).
const CHANGES = positiveSetting('FAULTS_NATS_CHANGES', 10_000);
const OUTAGE_MS = positiveSetting('FAULTS_NATS_OUTAGE_MS', 10_000);
const CONCURRENCY = 8;
const CLIENTS = 4;
const UPDATED = 'atrium.tenancy.v1.client.updated';
const NOTIFICATION_DURABLE = 'notification-tenancy';

let platform: Platform;
let recorder: StreamRecorder | undefined;

beforeAll(async () => {
  platform = await startPlatform();
});

afterAll(async () => {
  await recorder?.stop();
  await platform?.shutdown();
});

it('delivers every client change once to notification and to a durable subscriber across a NATS outage', async () => {
  const agency: NewAgency = await signUpAgency(platform, { label: 'outage', agencyName: 'Outage Agency' });
  const clients = await Promise.all(
    Array.from({ length: CLIENTS }, (_, index) =>
      createClient(platform, agency, { name: `Client ${index}` }),
    ),
  );
  recorder = await recordStream({
    natsUrl: platform.natsUrl,
    namespace: platform.namespace,
    service: 'tenancy',
    durable: 'faults-nats-outage',
  });
  const duplicatesDroppedBefore = await metricValue(
    platform.metricsUrl('notification'),
    'atrium_events_inbox_duplicates_total',
    { durable: NOTIFICATION_DURABLE },
  );

  // Each change gives its client a name no other change uses, so its event is found by that name.
  const nameOf = (index: number) => `Burst change ${index}`;
  let answered = 0;
  const burstStart = Date.now();
  const burst = runPool(CHANGES, CONCURRENCY, async (index) => {
    const answer = await callGateway(platform, 'PATCH', `/v1/clients/${clients[index % CLIENTS]!.id}`, {
      token: agency.owner.accessToken,
      body: { name: nameOf(index) },
    }).catch(() => ({ status: 0 }));
    answered += 1;
    return answer.status;
  });
  // The outage starts once a fifth of the burst has answered, so changes run before, during and after it.
  await waitUntil(
    async () => (answered >= CHANGES / 5 ? true : undefined),
    600_000,
    'a fifth of the burst',
    50,
  );
  await platform.stopNats();
  const outageStart = Date.now();
  await sleep(OUTAGE_MS);
  await platform.startNats();
  const natsBack = Date.now();
  const outageSeconds = secondsSince(outageStart, natsBack);
  const statuses = await burst;
  const burstEnd = Date.now();
  const burstSeconds = secondsSince(burstStart, burstEnd);

  const accepted = statuses.flatMap((status, index) => (status >= 200 && status < 300 ? [index] : []));
  const refused = statuses.flatMap((status, index) => (status >= 200 && status < 300 ? [] : [index]));
  const updatesOf = () => [...recorder!.events.values()].filter((event) => event.type === UPDATED);
  const nameInEvent = (event: { data: Record<string, unknown> }) =>
    (event.data.client as { name?: string } | undefined)?.name ?? '';

  // Delivered to the subscriber: every accepted change's event, waiting for the relay to catch up.
  let notificationHandled = 0;
  let allDeliveredSeconds: number | string = 'not within 3 min';
  let afterLastChangeSeconds: number | string = 'not within 3 min';
  try {
    await waitUntil(
      async () => {
        const names = new Set(updatesOf().map(nameInEvent));
        if (!accepted.every((index) => names.has(nameOf(index)))) return undefined;
        const ids = updatesOf().map((event) => event.id);
        const [row] = await queryDatabase<{ handled: number }>(
          platform.databaseUrl('notification'),
          'SELECT count(*)::int AS handled FROM inbox_events WHERE consumer = $1 AND event_id = ANY($2::uuid[])',
          [NOTIFICATION_DURABLE, ids],
        );
        notificationHandled = row!.handled;
        return notificationHandled === ids.length ? true : undefined;
      },
      180_000,
      'every event at the subscriber and at notification',
      500,
    );
    allDeliveredSeconds = secondsSince(natsBack);
    afterLastChangeSeconds = secondsSince(burstEnd);
  } catch {
    // Counted below as lost.
  }

  const outbox = await queryDatabase<{ name: string; published: boolean }>(
    platform.databaseUrl('tenancy'),
    "SELECT data->'client'->>'name' AS name, published_at IS NOT NULL AS published FROM outbox_events WHERE type = $1",
    [UPDATED],
  );
  const outboxNames = new Map<string, number>();
  for (const row of outbox) outboxNames.set(row.name, (outboxNames.get(row.name) ?? 0) + 1);
  const subscriberNames = new Map<string, number>();
  for (const event of updatesOf())
    subscriberNames.set(nameInEvent(event), (subscriberNames.get(nameInEvent(event)) ?? 0) + 1);
  const burstNames = new Set(statuses.map((_, index) => nameOf(index)));

  const lostAtSubscriber = accepted.filter((index) => !subscriberNames.has(nameOf(index))).length;
  const lostAtNotification = updatesOf().length - notificationHandled;
  // A 2xx change must have exactly one event; a refused one none (nothing half-done).
  const acceptedWithoutOneEvent = accepted.filter((index) => outboxNames.get(nameOf(index)) !== 1).length;
  const refusedWithEvent = refused.filter((index) => outboxNames.has(nameOf(index))).length;
  const unpublished = outbox.filter((row) => !row.published).length;
  const burstEvents = outbox.filter((row) => burstNames.has(row.name)).length;
  const duplicatesDropped =
    (await metricValue(platform.metricsUrl('notification'), 'atrium_events_inbox_duplicates_total', {
      durable: NOTIFICATION_DURABLE,
    })) - duplicatesDroppedBefore;

  const passed =
    lostAtSubscriber === 0 &&
    lostAtNotification === 0 &&
    acceptedWithoutOneEvent === 0 &&
    refusedWithEvent === 0 &&
    unpublished === 0 &&
    recorder.duplicates === 0;
  recordFigures({
    scenario: 'nats-outage',
    title: `NATS stopped ${OUTAGE_MS / 1000} s during ${CHANGES} client changes (PATCH, ${CONCURRENCY} at a time)`,
    figures: {
      'changes sent': CHANGES,
      'answered 2xx': accepted.length,
      'answered otherwise': refused.length,
      'changes per second': Math.round(CHANGES / burstSeconds),
      'events published': burstEvents,
      'delivered to subscriber': [...subscriberNames.keys()].filter((name) => burstNames.has(name)).length,
      'delivered to notification': notificationHandled,
      'duplicates (published twice)': recorder.duplicates,
      'subscriber redeliveries': recorder.redeliveries,
      'notification duplicates dropped by its inbox': duplicatesDropped,
      'lost (subscriber + notification)': lostAtSubscriber + lostAtNotification,
      '2xx without exactly one event': acceptedWithoutOneEvent,
      'refused with an event': refusedWithEvent,
      'outage (s)': outageSeconds,
      // The burst goes on after NATS returns: this counts the changes sent since then as well.
      'all delivered after NATS returned (s)': allDeliveredSeconds,
      'all delivered after the last change answered (s)': afterLastChangeSeconds,
    },
    passed,
  });
  expect({
    lostAtSubscriber,
    lostAtNotification,
    acceptedWithoutOneEvent,
    refusedWithEvent,
    unpublished,
    duplicates: recorder.duplicates,
  }).toEqual({
    lostAtSubscriber: 0,
    lostAtNotification: 0,
    acceptedWithoutOneEvent: 0,
    refusedWithEvent: 0,
    unpublished: 0,
    duplicates: 0,
  });
  expect(accepted.length).toBeGreaterThan(0);
});
