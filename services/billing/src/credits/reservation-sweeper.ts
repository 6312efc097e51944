import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import { findExpiredReservations } from '../store/reservations';
import type { Db } from '../store/transaction';
import { releaseReservation } from './release-reservation';

export interface ReservationSweeperOptions {
  db: Db;
  logger: Logger;
  /** Time between two sweeps of one replica; default 30 seconds. */
  intervalMs?: number;
  /** Reservations looked at per sweep; default 100. */
  batchSize?: number;
}

/**
 * Releases reservations left open past their expiry. Every replica sweeps; two that pick the same
 * reservation release it once, because the release takes the reservation's row lock and its step key
 * (credits/reservation-step.ts), and the second answers what the first did.
 */
export class ReservationSweeper implements Stoppable {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: ReservationSweeperOptions) {}

  start(): void {
    this.timer = setInterval(() => this.run(), this.options.intervalMs ?? 30_000);
    this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Releases what is expired now; answers how many it released. */
  async sweep(): Promise<number> {
    const expired = await findExpiredReservations(this.options.db, this.options.batchSize ?? 100);
    let released = 0;
    for (const { reservationId, agencyId } of expired) {
      if (this.stopped) break;
      try {
        await releaseReservation(this.options.db, { agencyId }, { reservationId }, 'expired');
        released += 1;
      } catch (error) {
        // Committed or released meanwhile by its holder: nothing left to sweep.
        this.options.logger.info({ err: error, reservationId }, 'expired reservation not released');
      }
    }
    return released;
  }

  private run(): void {
    if (this.stopped || this.running) return;
    this.running = this.sweep()
      .then(
        (released) => {
          if (released > 0) this.options.logger.info({ released }, 'released expired reservations');
        },
        (error: unknown) =>
          this.options.logger.warn({ err: error }, 'reservation sweep failed; trying again'),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
