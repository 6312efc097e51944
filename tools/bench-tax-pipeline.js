'use strict';
/* global setTimeout, performance -- Node globals the shared ESLint config does not list */
/**
 * The event pipeline's row of `make bench-tax` (tools/bench-tax.js, whose header and
 * docs/benchmarks.md say what it measures): agency.updated rows committed into tenancy's outbox by
 * libs/events enqueueEvent at a steady rate, published by tenancy's own relay, and the latency from
 * each commit to a durable JetStream consumer of the bench and to notification's inbox_events row.
 */
const { randomBytes } = require('node:crypto');

const { measure } = require('./bench');
const { quantile } = require('./bench-support');

const EVENT_TYPE = 'atrium.tenancy.v1.agency.updated';
const NOTIFICATION_DURABLE = 'notification-tenancy';
/** Transactions in flight at once while pacing the outbox rows: one would cap the rate at its latency. */
const PRODUCERS = 8;
/** The short run of PATCH /v1/agency that shows what the write path itself sustains. */
const WRITE_CONNECTIONS = 8;
const WRITE_SECONDS = 5;
/** How long the consumers may take after the last commit before the bench gives up on an event. */
const DRAIN_TIMEOUT_MS = 120_000;

/**
 * What the write path that publishes agency.updated sustains: PATCH /v1/agency through the gateway,
 * alternating two display names so that every request changes the agency and enqueues its event.
 */
async function measureWriteRate(base, agency) {
  const request = (displayName) => ({
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${agency.token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ displayName }),
  });
  const result = await measure(
    `PATCH /v1/agency (${WRITE_CONNECTIONS} connections)`,
    `${base}/v1/agency`,
    { connections: WRITE_CONNECTIONS, duration: WRITE_SECONDS },
    {},
    { requests: [request('Bench Tax A'), request('Bench Tax B')] },
  );
  return { ...result, connections: WRITE_CONNECTIONS, seconds: WRITE_SECONDS };
}

/** The wall clock in milliseconds with sub-millisecond precision. */
function now() {
  return performance.timeOrigin + performance.now();
}

function latencySummary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1],
  };
}

/** The agency.updated payload of `agencyId` as it stands: nothing changes for any consumer. */
async function unchangedAgencyEvent(pool, agency) {
  const { rows } = await pool.query(
    `SELECT name, display_name, logo_url, primary_color, support_email, coalesce(login_slug, '') AS login_slug,
            contact_email, phone, address_street, address_city, address_postal_code, address_country,
            currency, time_zone
       FROM agencies WHERE id = $1`,
    [agency.agencyId],
  );
  const row = rows[0];
  if (!row) throw new Error(`agency ${agency.agencyId} is not in tenancy's database`);
  const publicAppUrl = (process.env.PUBLIC_APP_URL || 'http://localhost:8080').replace(/\/+$/, '');
  return {
    type: EVENT_TYPE,
    subject: `agencies/${agency.agencyId}`,
    data: {
      agencyId: agency.agencyId,
      name: row.name,
      displayName: row.display_name,
      logoUrl: row.logo_url,
      primaryColor: row.primary_color,
      supportEmail: row.support_email,
      loginSlug: row.login_slug,
      clientLoginUrl: row.login_slug ? `${publicAppUrl}/login/${row.login_slug}` : publicAppUrl,
      changedFields: ['displayName'],
      updatedBy: agency.userId,
      contactEmail: row.contact_email,
      phone: row.phone,
      address: {
        street: row.address_street,
        city: row.address_city,
        postalCode: row.address_postal_code,
        country: row.address_country,
      },
      currency: row.currency,
      timeZone: row.time_zone,
    },
  };
}

/** A durable consumer of the bench on tenancy's stream: when each event id arrived. */
async function startBenchConsumer(nc, namespace) {
  const { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } = require('@nats-io/jetstream');
  const { streamOf, subjectOf } = require('@atrium/events');
  const stream = streamOf('tenancy', namespace).name;
  const durable = `bench-tax-${randomBytes(4).toString('hex')}`;
  const jsm = await jetstreamManager(nc);
  await jsm.consumers.add(stream, {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.New,
    filter_subject: subjectOf(EVENT_TYPE, namespace),
  });
  const received = new Map();
  const messages = await jetstream(nc)
    .consumers.get(stream, durable)
    .then((consumer) => consumer.consume());
  const reading = (async () => {
    for await (const message of messages) {
      received.set(message.headers?.get('ce-id'), now());
      message.ack();
    }
  })();
  return {
    durable,
    received,
    async stop() {
      messages.stop();
      await reading;
      await jsm.consumers.delete(stream, durable);
    },
  };
}

/** Waits until `done()` or the deadline; answers whether it got there. */
async function until(done, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return true;
}

/** Row 2: outbox rows committed at a steady rate; latency to the bench's consumer and to notification. */
async function measurePipeline(agency, settings) {
  const { Pool } = require('pg');
  const { connect } = require('@nats-io/transport-node');
  const { enqueueEvent, pgExecutor, streamOf } = require('@atrium/events');
  const { databaseUrl } = require('./run-all');
  const namespace = process.env.EVENTS_NAMESPACE || '';
  const tenancy = new Pool({ connectionString: databaseUrl('tenancy', process.env), max: PRODUCERS });
  const notification = new Pool({ connectionString: databaseUrl('notification', process.env), max: 1 });
  const nc = await connect({ servers: (process.env.NATS_URL || 'nats://127.0.0.1:4222').split(',') });
  const consumer = await startBenchConsumer(nc, namespace);
  try {
    // Earlier writes (measureWriteRate's) must be behind notification, or they delay these events.
    const { jetstreamManager } = require('@nats-io/jetstream');
    const jsm = await jetstreamManager(nc);
    const stream = streamOf('tenancy', namespace).name;
    const idle = await until(async () => {
      const info = await jsm.consumers.info(stream, NOTIFICATION_DURABLE);
      return info.num_pending + info.num_ack_pending === 0;
    }, DRAIN_TIMEOUT_MS);
    if (!idle)
      throw new Error(`${NOTIFICATION_DURABLE} still had events pending after ${DRAIN_TIMEOUT_MS / 1000} s`);
    const event = await unchangedAgencyEvent(tenancy, agency);
    const total = settings.eventsPerSecond * settings.seconds;
    process.stdout.write(
      `Committing ${total} ${EVENT_TYPE} outbox rows at ${settings.eventsPerSecond}/s into tenancy's database…\n`,
    );
    const committed = new Map();
    const commitOne = async () => {
      const client = await tenancy.connect();
      try {
        await client.query('BEGIN');
        const id = await enqueueEvent(pgExecutor(client), event, '/atrium/tenancy');
        await client.query('COMMIT');
        committed.set(id, now());
      } finally {
        client.release();
      }
    };
    const inFlight = new Set();
    const began = now();
    for (let index = 0; index < total; index += 1) {
      const due = began + (index * 1000) / settings.eventsPerSecond;
      const wait = due - now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      if (inFlight.size >= PRODUCERS) await Promise.race(inFlight);
      const commit = commitOne().finally(() => inFlight.delete(commit));
      inFlight.add(commit);
    }
    await Promise.all(inFlight);
    const producedSeconds = (now() - began) / 1000;
    const ids = [...committed.keys()];
    process.stdout.write(
      `Committed ${ids.length} in ${producedSeconds.toFixed(1)} s; waiting for the consumers…\n`,
    );
    const handled = async () => {
      const { rows } = await notification.query(
        `SELECT event_id::text AS id, extract(epoch FROM handled_at)::float8 * 1000 AS at
           FROM inbox_events WHERE consumer = $1 AND event_id = ANY($2::uuid[])`,
        [NOTIFICATION_DURABLE, ids],
      );
      return rows;
    };
    const drainStarted = now();
    const allReceived = await until(() => ids.every((id) => consumer.received.has(id)), DRAIN_TIMEOUT_MS);
    let inbox = [];
    const allHandled = await until(
      async () => {
        inbox = await handled();
        return inbox.length === ids.length;
      },
      Math.max(1000, DRAIN_TIMEOUT_MS - (now() - drainStarted)),
    );
    if (!allReceived || !allHandled)
      throw new Error(
        `after ${DRAIN_TIMEOUT_MS / 1000} s, ${ids.filter((id) => consumer.received.has(id)).length} of ` +
          `${ids.length} events reached the bench's consumer and ${inbox.length} notification's inbox`,
      );
    const lag = (at, id) => at - committed.get(id);
    // Events per second from the first commit to the last arrival: what the consumer kept up with.
    const keptUp = (times) => times.length / ((Math.max(...times) - began) / 1000);
    const arrivals = ids.map((id) => consumer.received.get(id));
    return {
      events: ids.length,
      rate: ids.length / producedSeconds,
      benchConsumer: {
        ...latencySummary(ids.map((id) => lag(consumer.received.get(id), id))),
        perSecond: keptUp(arrivals),
      },
      notification: {
        ...latencySummary(inbox.map((row) => lag(row.at, row.id))),
        perSecond: keptUp(inbox.map((row) => row.at)),
      },
    };
  } finally {
    await consumer.stop().catch(() => undefined);
    await nc.drain();
    await Promise.all([tenancy.end(), notification.end()]);
  }
}

module.exports = { measurePipeline, measureWriteRate };
