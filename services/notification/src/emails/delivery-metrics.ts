import { counter, gauge, ScrapeSources } from '@atrium/metrics';
import { pendingDeliveryCounts, type PendingDeliveryCounts } from '../store/email-deliveries';
import type { Db } from '../store/transaction';

const queues = new ScrapeSources<Db>();

/** The queue as /metrics shows it: read when scraped, from whichever database the worker sends from. */
async function readQueue(): Promise<PendingDeliveryCounts | undefined> {
  const [counts] = await queues.read((db) => pendingDeliveryCounts(db));
  return counts;
}

gauge({
  name: 'atrium_email_queue_depth',
  help: 'Emails waiting to be sent (pending deliveries, due now or waiting for a retry).',
  async collect() {
    const counts = await readQueue();
    if (counts) this.set(counts.pending);
  },
});

gauge({
  name: 'atrium_email_queue_oldest_age_seconds',
  help: 'Age of the oldest pending email (0 when none): how long the slowest recipient has waited.',
  async collect() {
    const counts = await readQueue();
    if (counts) this.set(counts.oldestAgeSeconds);
  },
});

/** Every attempt to hand an email to SMTP, by outcome: sent, retry (will try again), failed (for good). */
const attempts = counter({
  name: 'atrium_email_delivery_attempts_total',
  help: 'Attempts to hand an email to the SMTP server, by outcome: sent, retry (failed, tried again later), failed (given up).',
  labelNames: ['outcome'],
});

export const deliveryMetrics = {
  watch: (db: Db) => queues.add(db),
  unwatch: (db: Db) => queues.delete(db),
  attempted: (outcome: 'sent' | 'retry' | 'failed') => attempts.inc({ outcome }),
};
