import { DomainError } from '@atrium/errors';
import { enqueueEvent } from '@atrium/events';
import type { ReleaseCause } from '../domain/reservations';
import { EVENT_SOURCE } from '../events/source';
import { moveCredits } from '../ledger/move-credits';
import { closeReservation, lockReservation } from '../store/reservations';
import { inTenant, type Tenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { LEDGER_TRANSACTION } from './ledger-transaction';
import { answerOf, closed, oncePerStep, reservationIdOf, type ReservationAnswer } from './reservation-step';

/**
 * Returns all of an open reservation to the client. Its holder and the expiry sweeper release under
 * the same step key, so whichever comes second answers what the first did.
 */
export async function releaseReservation(
  db: Db,
  tenant: Tenant,
  request: { reservationId: string },
  cause: ReleaseCause = 'released',
): Promise<ReservationAnswer> {
  const reservationId = reservationIdOf(request.reservationId);
  const { agencyId } = tenant;
  return inTenant(
    db,
    tenant,
    async (tx) => {
      const reservation = await lockReservation(tx, reservationId);
      if (!reservation) throw new DomainError('not_found', 'No such reservation.');
      const { clientId } = reservation;
      return oncePerStep(
        tx,
        { agencyId, clientId, reservationId, kind: 'release' },
        {},
        { reason: cause === 'expired' ? 'expired' : 'release', actorId: null },
        async (movementId) => {
          if (reservation.status !== 'open') throw closed(reservation);
          const moved = await moveCredits(tx, agencyId, movementId, [
            {
              debit: { kind: 'reserved', clientId },
              credit: { kind: 'client', clientId },
              amount: reservation.amount,
            },
          ]);
          const released = await closeReservation(tx, reservationId, {
            status: 'released',
            committedAmount: null,
          });
          await enqueueEvent(
            tx,
            {
              type: 'atrium.billing.v1.credits.released',
              subject: `agencies/${agencyId}/clients/${clientId}`,
              data: { agencyId, clientId, reservationId, amount: reservation.amount, cause },
            },
            EVENT_SOURCE,
          );
          return answerOf(released, moved.balanceOf({ kind: 'client', clientId }));
        },
      );
    },
    LEDGER_TRANSACTION,
  );
}
