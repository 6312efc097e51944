import { randomUUID } from 'node:crypto';
import { migrate } from '@atrium/db';
import { createLogger } from '@atrium/logger';
import { createTestDatabase, eventually, type TestDatabase } from '@atrium/testing';
import { MIGRATIONS_DIR } from '../src/app';
import { RetentionWorker } from '../src/retention/retention-worker';
import { createDb, type Db } from '../src/store/db';

const DAY_MS = 86_400_000;
const logger = createLogger('test', 'silent');

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase('notification_retention');
  await migrate({ databaseUrl: database.url, migrationsDir: MIGRATIONS_DIR });
  db = createDb(database.url, 5);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

beforeEach(async () => {
  await db.emailDelivery.deleteMany();
  await db.notification.deleteMany();
});

function daysAgo(days: number): Date {
  return new Date(Date.now() - days * DAY_MS);
}

async function delivery(status: 'pending' | 'sent' | 'failed', ageDays: number): Promise<string> {
  const id = randomUUID();
  const createdAt = daysAgo(ageDays);
  await db.emailDelivery.create({
    data: {
      id,
      sourceEventId: randomUUID(),
      recipient: `${id}@example.com`,
      kind: 'invitation',
      subject: 'You are invited',
      html: status === 'pending' ? '<p>link</p>' : '',
      text: status === 'pending' ? 'link' : '',
      status,
      attempts: status === 'pending' ? 3 : 1,
      createdAt,
      nextAttemptAt: createdAt,
      sentAt: status === 'sent' ? createdAt : null,
      failedAt: status === 'failed' ? createdAt : null,
    },
  });
  return id;
}

async function notification(read: boolean, ageDays: number): Promise<string> {
  const id = randomUUID();
  const createdAt = daysAgo(ageDays);
  await db.notification.create({
    data: {
      id,
      userId: randomUUID(),
      agencyId: randomUUID(),
      kind: 'client.created',
      title: 'Client "Old" created',
      sourceEventId: randomUUID(),
      createdAt,
      readAt: read ? createdAt : null,
    },
  });
  return id;
}

function worker(options: { batchSize?: number } = {}): RetentionWorker {
  return new RetentionWorker({
    db,
    logger,
    emailRetentionDays: 30,
    notificationRetentionDays: 180,
    ...options,
  });
}

async function remainingDeliveries(): Promise<string[]> {
  return (await db.emailDelivery.findMany({ select: { id: true } })).map((row) => row.id).sort();
}

async function remainingNotifications(): Promise<string[]> {
  return (await db.notification.findMany({ select: { id: true } })).map((row) => row.id).sort();
}

describe('retention', () => {
  it('deletes sent and failed emails older than EMAIL_RETENTION_DAYS, never pending or recent ones', async () => {
    await delivery('sent', 31);
    await delivery('failed', 45);
    const kept = [
      await delivery('sent', 29),
      await delivery('failed', 1),
      // Still being retried, however old: deleting it would lose an email.
      await delivery('pending', 60),
    ];

    expect(await worker().sweep()).toEqual({ emailDeliveries: 2, notifications: 0 });
    expect(await remainingDeliveries()).toEqual(kept.sort());
  });

  it('deletes read notifications older than NOTIFICATION_RETENTION_DAYS and keeps unread ones', async () => {
    await notification(true, 181);
    await notification(true, 400);
    const kept = [
      await notification(true, 179),
      await notification(false, 400),
      await notification(false, 1),
    ];

    expect(await worker().sweep()).toEqual({ emailDeliveries: 0, notifications: 2 });
    expect(await remainingNotifications()).toEqual(kept.sort());
  });

  it('works through more rows than one batch holds', async () => {
    for (let index = 0; index < 7; index++) await delivery('sent', 40 + index);
    for (let index = 0; index < 5; index++) await notification(true, 200 + index);
    const kept = await delivery('sent', 2);

    expect(await worker({ batchSize: 2 }).sweep()).toEqual({ emailDeliveries: 7, notifications: 5 });
    expect(await remainingDeliveries()).toEqual([kept]);
    expect(await remainingNotifications()).toEqual([]);
  });

  it('lets replicas sweep at the same time, sharing the rows between them', async () => {
    for (let index = 0; index < 40; index++) await delivery(index % 2 ? 'sent' : 'failed', 31 + index);
    for (let index = 0; index < 40; index++) await notification(true, 181 + index);

    const results = await Promise.all([1, 2, 3].map(() => worker({ batchSize: 3 }).sweep()));

    const total = (key: 'emailDeliveries' | 'notifications') =>
      results.reduce((sum, result) => sum + result[key], 0);
    expect(total('emailDeliveries')).toBe(40);
    expect(total('notifications')).toBe(40);
    expect(await remainingDeliveries()).toEqual([]);
    expect(await remainingNotifications()).toEqual([]);
  });

  it('sweeps as soon as the worker starts', async () => {
    await delivery('sent', 90);
    await notification(true, 365);
    const running = worker();
    running.start();
    try {
      await eventually(
        async () =>
          (await db.emailDelivery.count()) + (await db.notification.count()) === 0 ? true : undefined,
        10000,
        'the first sweep',
      );
    } finally {
      await running.stop();
    }
  });
});
