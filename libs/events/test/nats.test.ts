import { jetstreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { createLogger } from '@atrium/logger';
import { freePort, getTestServers, testNamespace } from '@atrium/testing';

import {
  connectNats,
  deleteStreams,
  ensureStream,
  natsReady,
  streamOf,
  subjectOf,
  type NatsConnection,
} from '../src';

const logger = createLogger('events-test', 'silent');

describe('naming', () => {
  test('production subjects are the event types themselves', () => {
    expect(subjectOf('atrium.tenancy.v1.client.created', '')).toBe('atrium.tenancy.v1.client.created');
    expect(streamOf('tenancy', '')).toEqual({ name: 'ATRIUM_TENANCY', subjects: ['atrium.tenancy.v1.>'] });
  });

  test('a namespace prefixes subjects and stream names', () => {
    expect(subjectOf('atrium.tenancy.v1.client.created', 'tabc')).toBe(
      'tabc.atrium.tenancy.v1.client.created',
    );
    expect(streamOf('tenancy', 'tabc')).toEqual({
      name: 'TABC_ATRIUM_TENANCY',
      subjects: ['tabc.atrium.tenancy.v1.>'],
    });
  });

  test('a namespace or service that would make an invalid stream name is refused', () => {
    expect(() => streamOf('tenancy', 'a.b')).toThrow(/namespace/);
    expect(() => streamOf('Tenancy v1', '')).toThrow(/service/);
  });
});

describe('NATS', () => {
  let nc: NatsConnection;
  const namespace = testNamespace();

  beforeAll(async () => {
    const { natsUrl } = await getTestServers();
    nc = await connectNats({ servers: natsUrl, name: 'events-test-nats', logger });
  });

  afterAll(async () => {
    await deleteStreams(nc, namespace);
    await nc?.drain();
  });

  test('connects through whichever of several comma-separated servers answers', async () => {
    const { natsUrl } = await getTestServers();
    const other = await connectNats({
      servers: ` nats://127.0.0.1:${await freePort()} , ${natsUrl}`,
      name: 'events-test-servers',
      logger,
    });
    await natsReady(other);
    await other.close();
  });

  test('a closed connection is not ready', async () => {
    const { natsUrl } = await getTestServers();
    const other = await connectNats({ servers: natsUrl, name: 'events-test-closed', logger });
    await other.close();

    await expect(natsReady(other)).rejects.toThrow(/closed/);
  });

  test('ensureStream creates the stream once and brings its settings up to date', async () => {
    const jsm = await jetstreamManager(nc);
    const { name } = streamOf('billing', namespace);

    await ensureStream(nc, 'billing', namespace);
    await ensureStream(nc, 'billing', namespace);
    const created = await jsm.streams.info(name);
    expect(created.config.subjects).toEqual([`${namespace}.atrium.billing.v1.>`]);
    expect(created.config.storage).toBe('file');
    expect(created.config.duplicate_window).toBe(nanos(2 * 60 * 1000));

    await ensureStream(nc, 'billing', namespace, { duplicateWindowMs: 60 * 1000, maxAgeMs: 60 * 60 * 1000 });
    const updated = await jsm.streams.info(name);
    expect(updated.config.duplicate_window).toBe(nanos(60 * 1000));
    expect(updated.config.max_age).toBe(nanos(60 * 60 * 1000));
    expect(updated.created).toEqual(created.created);
  });

  test('deleteStreams removes the streams of its namespace only and never production ones', async () => {
    const jsm = await jetstreamManager(nc);
    const other = testNamespace();
    await ensureStream(nc, 'campaigns', namespace);
    await ensureStream(nc, 'campaigns', other);

    await deleteStreams(nc, other);

    await expect(jsm.streams.info(streamOf('campaigns', other).name)).rejects.toThrow(/stream not found/);
    expect((await jsm.streams.info(streamOf('campaigns', namespace).name)).config.name).toBe(
      streamOf('campaigns', namespace).name,
    );
    await expect(deleteStreams(nc, '')).rejects.toThrow(/production/);
  });
});
