import { counter, gauge, ScrapeSources } from '@atrium/metrics';

/** What a relay reports about its outbox when scraped. */
export interface OutboxReading {
  pending: number;
  /** Seconds since the oldest pending row was written; 0 when none is pending. */
  oldestAgeSeconds: number;
}

/** What a consumer reports about its durable when scraped: JetStream's own consumer info. */
export interface ConsumerReading {
  durable: string;
  /** Messages on the stream the durable has not been delivered yet. */
  pending: number;
  /** Delivered and not acknowledged yet (being handled, or waiting for a redelivery). */
  ackPending: number;
  /** Delivered more than once and not acknowledged yet. */
  redelivered: number;
}

export const outboxes = new ScrapeSources<() => Promise<OutboxReading>>();
export const consumers = new ScrapeSources<() => Promise<ConsumerReading>>();

// Each gauge asks on its own: a count on the partial index and a consumer-info request are cheap, and
// a scrape comes every 15-30 s.
const readOutboxes = () => outboxes.read((read) => read());
const readConsumers = () => consumers.read((read) => read());

gauge({
  name: 'atrium_outbox_pending_events',
  help: 'Outbox rows committed but not yet published to JetStream.',
  async collect() {
    const readings = await readOutboxes();
    if (readings.length > 0) this.set(Math.max(...readings.map((reading) => reading.pending)));
  },
});

gauge({
  name: 'atrium_outbox_oldest_pending_age_seconds',
  help: 'Age of the oldest unpublished outbox row (0 when none is pending): how far events lag their change.',
  async collect() {
    const readings = await readOutboxes();
    if (readings.length > 0) this.set(Math.max(...readings.map((reading) => reading.oldestAgeSeconds)));
  },
});

function consumerGauge(name: string, help: string, value: (reading: ConsumerReading) => number): void {
  gauge({
    name,
    help,
    labelNames: ['durable'],
    async collect() {
      this.reset();
      for (const reading of await readConsumers()) this.set({ durable: reading.durable }, value(reading));
    },
  });
}

consumerGauge(
  'atrium_events_consumer_pending_messages',
  'Events on the stream not yet delivered to the durable consumer (its backlog).',
  (reading) => reading.pending,
);
consumerGauge(
  'atrium_events_consumer_ack_pending_messages',
  'Events delivered to the durable consumer and not yet acknowledged.',
  (reading) => reading.ackPending,
);
consumerGauge(
  'atrium_events_consumer_redelivered_messages',
  'Events delivered to the durable consumer more than once and not yet acknowledged.',
  (reading) => reading.redelivered,
);

export const redeliveries = counter({
  name: 'atrium_events_redeliveries_total',
  help: 'Deliveries this process received that were not an event’s first (a handler failed or ran out of time).',
  labelNames: ['durable'],
});

export const inboxDuplicates = counter({
  name: 'atrium_events_inbox_duplicates_total',
  help: 'Events dropped because the inbox showed them handled already (a redelivery or a republished event).',
  labelNames: ['durable'],
});

export const handlerFailures = counter({
  name: 'atrium_events_handler_failures_total',
  help: 'Event handler runs that failed and rolled back, by durable and outcome (retry, terminated).',
  labelNames: ['durable', 'outcome'],
});
