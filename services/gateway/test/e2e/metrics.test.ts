import { connect, headers, type Msg, type NatsConnection } from '@nats-io/transport-node';
import { eventually, sampleSum, scrapeMetrics, type MetricSample } from '@atrium/testing';
import { createClient, signUpAgency, joinAsMember, type NewAgency } from './fixture';
import { BACKENDS, platformForTests } from './platform';

/**
 * Every process's GET /metrics, scraped from its own METRICS_PORT after real traffic through the
 * gateway: the series docs/operations.md "What to watch" lists exist and move.
 */
const e2e = platformForTests();
const call = e2e.call;
let harbour: NewAgency;

const scrape = (name: Parameters<typeof e2e.platform.metricsUrl>[0]) =>
  scrapeMetrics(e2e.platform.metricsUrl(name));

beforeAll(async () => {
  harbour = await signUpAgency(e2e.platform, { label: 'metrics' });
});

describe('every process', () => {
  it('serves Node runtime metrics named for its service on a port of its own', async () => {
    for (const name of [...BACKENDS, 'gateway'] as const) {
      const samples = await scrape(name);
      const cpu = samples.find((sample) => sample.name === 'process_cpu_seconds_total');
      expect(cpu?.labels.service).toBe(name);
      expect(samples.some((sample) => sample.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
    }
  });

  it('keeps /metrics off the public API port', async () => {
    expect((await call('GET', '/metrics')).status).toBe(404);
  });
});

describe('the gateway', () => {
  it('counts a request under its route template, never under the id it named', async () => {
    const client = await createClient(e2e.platform, harbour, { name: 'Metered Harbour Co' });
    const labels = { method: 'GET', route: '/v1/clients/{id}', status_code: '200' };
    const before = sampleSum(await scrape('gateway'), 'http_server_request_duration_seconds_count', labels);
    const read = await call('GET', `/v1/clients/${client.id}`, { token: harbour.owner.accessToken });
    expect(read.status).toBe(200);
    const after = await scrape('gateway');
    expect(sampleSum(after, 'http_server_request_duration_seconds_count', labels)).toBe(before + 1);
    const withId = after.filter((sample) =>
      Object.values(sample.labels).some((value) => value.includes(client.id)),
    );
    expect(withId).toEqual([]);
    expect(after.some((sample) => sample.name === 'http_server_requests_in_flight')).toBe(true);
  });

  it('labels a refused request with its status code', async () => {
    const labels = { method: 'GET', route: '/v1/clients/{id}', status_code: '400' };
    const before = sampleSum(await scrape('gateway'), 'http_server_request_duration_seconds_count', labels);
    const refused = await call('GET', '/v1/clients/not-a-uuid', { token: harbour.owner.accessToken });
    expect(refused.status).toBe(400);
    expect(sampleSum(await scrape('gateway'), 'http_server_request_duration_seconds_count', labels)).toBe(
      before + 1,
    );
  });
});

describe('the backends', () => {
  it('time each gRPC call by service, method and code', async () => {
    const labels = { grpc_service: 'atrium.tenancy.v1.TenancyService', grpc_code: 'OK' };
    const before = sampleSum(await scrape('tenancy'), 'grpc_server_handling_seconds_count', labels);
    await createClient(e2e.platform, harbour, { name: 'Timed Call Co' });
    const after = await scrape('tenancy');
    expect(sampleSum(after, 'grpc_server_handling_seconds_count', labels)).toBeGreaterThan(before);
    const methods = new Set(
      after
        .filter((sample) => sample.name === 'grpc_server_handling_seconds_count')
        .map((sample) => sample.labels.grpc_method),
    );
    expect(methods).toContain('CreateClient');
  });

  it('show the service pool: its size, and the connections it opened', async () => {
    const samples = await scrape('tenancy');
    expect(sampleSum(samples, 'atrium_db_pool_max_connections', { pool: 'tenancy' })).toBe(10);
    expect(sampleSum(samples, 'atrium_db_pool_connections', { pool: 'tenancy' })).toBeGreaterThan(0);
    expect(samples.some((sample) => sample.name === 'atrium_db_pool_waiting_requests')).toBe(true);
  });
});

describe('events', () => {
  it('shows an outbox row pending while NATS is down, and none once the relay published it', async () => {
    await e2e.platform.stopNats();
    try {
      const created = await call('POST', '/v1/clients', {
        token: harbour.owner.accessToken,
        body: { name: 'Pending Outbox Co' },
      });
      expect(created.status).toBe(201);
      const during = await scrape('tenancy');
      expect(sampleSum(during, 'atrium_outbox_pending_events')).toBeGreaterThanOrEqual(1);
      expect(sampleSum(during, 'atrium_outbox_oldest_pending_age_seconds')).toBeGreaterThan(0);
    } finally {
      await e2e.platform.startNats();
    }
    await eventually(
      async () => {
        const samples = await scrape('tenancy');
        return sampleSum(samples, 'atrium_outbox_pending_events') === 0 ? true : undefined;
      },
      60_000,
      'the relay to publish the pending row',
    );
    const samples = await scrape('tenancy');
    expect(sampleSum(samples, 'atrium_outbox_oldest_pending_age_seconds')).toBe(0);
  });

  it('counts an event delivered again as an inbox duplicate, and reports the consumer backlog', async () => {
    const nc: NatsConnection = await connect({ servers: e2e.platform.natsUrl });
    try {
      const subject = `${e2e.platform.namespace}.atrium.tenancy.v1.client.created`;
      const seen: Msg[] = [];
      const subscription = nc.subscribe(subject, { callback: (_error, message) => void seen.push(message) });
      const client = await createClient(e2e.platform, harbour, { name: 'Twice Told Co' });
      const original = await eventually(
        async () => seen.find((message) => message.json<{ clientId: string }>().clientId === client.id),
        10_000,
        'client.created on NATS',
      );
      subscription.unsubscribe();
      const durable = { durable: 'notification-tenancy' };
      // Handled once: the notification is in the bell.
      await eventually(async () => {
        const bell = await call('GET', '/v1/notifications', { token: harbour.owner.accessToken });
        return bell.body.items.find((item: { clientId: string }) => item.clientId === client.id);
      });
      const before = sampleSum(await scrape('notification'), 'atrium_events_inbox_duplicates_total', durable);
      // The same event (same ce-id) published again without the Nats-Msg-Id JetStream would drop it by.
      const copy = headers();
      for (const [key, values] of original.headers!) {
        if (key.toLowerCase() !== 'nats-msg-id') copy.set(key, values[0]!);
      }
      nc.publish(subject, original.data, { headers: copy });
      await nc.flush();
      const after = await eventually(
        async () => {
          const samples = await scrape('notification');
          return sampleSum(samples, 'atrium_events_inbox_duplicates_total', durable) > before
            ? samples
            : undefined;
        },
        20_000,
        'the duplicate to be dropped',
      );
      expect(sampleSum(after, 'atrium_events_inbox_duplicates_total', durable)).toBe(before + 1);
      const backlog = await eventually(async () => {
        const samples: MetricSample[] = await scrape('notification');
        const pending = samples.find(
          (sample) =>
            sample.name === 'atrium_events_consumer_pending_messages' &&
            sample.labels.durable === 'notification-tenancy',
        );
        return pending?.value === 0 ? pending : undefined;
      });
      expect(backlog.value).toBe(0);
    } finally {
      await nc.close();
    }
  });
});

describe('email', () => {
  it('counts a sent email and shows the queue empty afterwards', async () => {
    const outcome = { outcome: 'sent' };
    const before = sampleSum(await scrape('notification'), 'atrium_email_delivery_attempts_total', outcome);
    await joinAsMember(e2e.platform, harbour, { name: 'Molly Metrics' });
    const after = await eventually(
      async () => {
        const samples = await scrape('notification');
        return sampleSum(samples, 'atrium_email_delivery_attempts_total', outcome) > before &&
          sampleSum(samples, 'atrium_email_queue_depth') === 0
          ? samples
          : undefined;
      },
      20_000,
      'the invitation email to be sent',
    );
    expect(sampleSum(after, 'atrium_email_queue_oldest_age_seconds')).toBe(0);
  });
});
