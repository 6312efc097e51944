import { randomUUID } from 'node:crypto';

import { runWithContext } from '@atrium/logger';

import { enqueueEvent, OutboxRelay, type SqlExecutor } from '../src';
import {
  CLIENT_CREATED,
  clientCreated,
  inTransaction,
  pendingRows,
  setUpHarness,
  SOURCE,
  streamMessages,
  type Harness,
} from './support';

let harness: Harness;
let relay: OutboxRelay;

beforeAll(async () => {
  harness = await setUpHarness('events_outbox');
  relay = new OutboxRelay({
    databaseUrl: harness.db.url,
    nc: harness.nc,
    namespace: harness.namespace,
    logger: harness.logger,
  });
});

afterAll(async () => {
  await relay?.stop();
  await harness?.tearDown();
});

beforeEach(() => harness.reset());

test('an event enqueued in a transaction that rolls back is never published', async () => {
  await expect(
    inTransaction(harness.pool, async (tx) => {
      await enqueueEvent(tx, clientCreated(randomUUID()), SOURCE);
      throw new Error('the change failed');
    }),
  ).rejects.toThrow('the change failed');

  expect(await relay.relayOnce()).toBe(0);
  expect(await streamMessages(harness)).toHaveLength(0);
  const { rows } = await harness.pool.query('SELECT id FROM outbox_events');
  expect(rows).toHaveLength(0);
});

test('a committed event is published with CloudEvents headers, its id as Nats-Msg-Id and a proto3-JSON body', async () => {
  const clientId = randomUUID();
  const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
  const id = await runWithContext({ requestId: 'req-42', traceparent }, () =>
    inTransaction(harness.pool, (tx) => enqueueEvent(tx, clientCreated(clientId), SOURCE)),
  );

  expect(await relay.relayOnce()).toBe(1);

  const [message, ...others] = await streamMessages(harness);
  expect(others).toHaveLength(0);
  const { rows } = await harness.pool.query<{ created_at: Date; published_at: Date | null }>(
    'SELECT created_at, published_at FROM outbox_events WHERE id = $1',
    [id],
  );
  expect(rows[0]?.published_at).toBeInstanceOf(Date);
  expect(message?.subject).toBe(`${harness.namespace}.${CLIENT_CREATED}`);
  const header = (name: string) => message?.header.get(name);
  expect(header('Nats-Msg-Id')).toBe(id);
  expect(header('ce-specversion')).toBe('1.0');
  expect(header('ce-id')).toBe(id);
  expect(header('ce-type')).toBe(CLIENT_CREATED);
  expect(header('ce-source')).toBe(SOURCE);
  expect(header('ce-subject')).toBe(`agencies/c0ffee00-0000-4000-8000-000000000001/clients/${clientId}`);
  expect(header('ce-time')).toBe(rows[0]?.created_at.toISOString());
  expect(header('content-type')).toBe('application/json');
  expect(header('traceparent')).toBe(traceparent);
  expect(header('x-request-id')).toBe('req-42');
  // createdBy and client were not given: proto3 JSON with defaults spells them out ('' and null).
  expect(message?.json()).toEqual({
    agencyId: 'c0ffee00-0000-4000-8000-000000000001',
    clientId,
    name: `Client ${clientId}`,
    ownerId: 'c0ffee00-0000-4000-8000-000000000002',
    createdBy: '',
    client: null,
  });
});

test('an event outside any request carries no traceparent or request id header', async () => {
  await inTransaction(harness.pool, (tx) => enqueueEvent(tx, clientCreated(randomUUID()), SOURCE));

  await relay.relayOnce();

  const [message] = await streamMessages(harness);
  expect(message?.header.has('traceparent')).toBe(false);
  expect(message?.header.has('x-request-id')).toBe(false);
});

test('the events of one transaction are published in the order they were enqueued', async () => {
  const ids = await inTransaction(harness.pool, async (tx) => {
    const enqueued: string[] = [];
    for (let i = 0; i < 20; i++) enqueued.push(await enqueueEvent(tx, clientCreated(randomUUID()), SOURCE));
    return enqueued;
  });

  expect(await relay.relayOnce()).toBe(20);

  const published = (await streamMessages(harness)).map((message) => message.header.get('ce-id'));
  expect(published).toEqual(ids);
});

test('a payload with a field of the wrong type is refused with the event type and the problem', async () => {
  // A type known only at run time, as a caller naming it by service has, is checked at run time.
  const event: { type: string; subject: string; data: object } = clientCreated(randomUUID());
  const wrong = { ...event, data: { ...event.data, name: 42 } };

  await expect(inTransaction(harness.pool, (tx) => enqueueEvent(tx, wrong, SOURCE))).rejects.toThrow(
    /atrium\.tenancy\.v1\.client\.created.*name: string expected/,
  );
  expect(await pendingRows(harness)).toBe(0);
});

test('an event type that no proto declares is refused', async () => {
  const event = { ...clientCreated(randomUUID()), type: 'atrium.tenancy.v1.client.vanished' as string };

  await expect(inTransaction(harness.pool, (tx) => enqueueEvent(tx, event, SOURCE))).rejects.toThrow(
    /ClientVanished/,
  );
  expect(await pendingRows(harness)).toBe(0);
});

test('a payload or an event type the protos do not declare does not compile', () => {
  // The compiler checks these (make typecheck); they are never run.
  const typeChecks = (tx: SqlExecutor, event = clientCreated(randomUUID())) => [
    // @ts-expect-error name is a string in ClientCreated
    enqueueEvent(tx, { ...event, data: { ...event.data, name: 42 } }, SOURCE),
    // @ts-expect-error ClientCreated has no field clientName
    enqueueEvent(tx, { ...event, data: { clientName: 'Northwind' } }, SOURCE),
    // @ts-expect-error no proto declares client.vanished
    enqueueEvent(tx, { ...event, type: 'atrium.tenancy.v1.client.vanished' }, SOURCE),
  ];
  expect(typeChecks).toBeInstanceOf(Function);
});
