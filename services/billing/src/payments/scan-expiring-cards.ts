import type { Logger } from '@atrium/logger';
import { findPaymentMethodById, paymentMethodsExpiringBy, recordAlert } from '../store/payment-methods';
import { inTenant, inTransactionWithoutTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { expiringCutoff, expiryReason } from './card-status';
import { paymentMethodExpiring } from './payment-method-events';

/**
 * The daily scan: every card expiring within 30 days or expired publishes payment_method.expiring,
 * once per card and reason however often it runs and on however many replicas (recordAlert's primary
 * key decides). Answers how many events it published.
 */
export async function scanExpiringCards(db: Db, logger: Logger, now: Date = new Date()): Promise<number> {
  const cutoff = expiringCutoff(now);
  const candidates = await inTransactionWithoutTenant(db, (tx) =>
    paymentMethodsExpiringBy(tx, cutoff.year, cutoff.month),
  );
  let published = 0;
  for (const candidate of candidates) {
    const told = await inTenant(db, { agencyId: candidate.agencyId }, async (tx) => {
      const card = await findPaymentMethodById(tx, candidate.id);
      const reason = card && expiryReason(card, now);
      if (!card || !reason || !(await recordAlert(tx, card, reason))) return false;
      await paymentMethodExpiring(tx, card, reason);
      return true;
    });
    if (told) published += 1;
  }
  if (published > 0) logger.info({ published }, 'told owners of expiring cards');
  return published;
}

/** Runs the scan at start and then every `intervalMs` (a day), until stopped. */
export function startExpiryScanner(db: Db, logger: Logger, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = scanExpiringCards(db, logger).catch((error: unknown) =>
      logger.error({ err: error }, 'the expiring card scan failed; it runs again at the next interval'),
    );
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
