import { DomainError } from '@atrium/errors';
import { enqueueEvent } from '@atrium/events';
import { creditAmount } from '../domain/credits';
import { EVENT_SOURCE } from '../events/source';
import { moveCredits } from '../ledger/move-credits';
import { findBalances } from '../store/ledger';
import { closeReservation, lockReservation } from '../store/reservations';
import { inTenant, type Tenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { LEDGER_TRANSACTION } from './ledger-transaction';
import { answerOf, closed, oncePerStep, reservationIdOf, type ReservationAnswer } from './reservation-step';

/**
 * Spends `amount` of an open reservation (into the agency's consumed account) and returns the rest to
 * the client. A reservation past its expiry is closed even before the sweeper releases it.
 */
export async function commitReservation(
  db: Db,
  tenant: Tenant,
  request: { reservationId: string; amount: string | number },
): Promise<ReservationAnswer> {
  const reservationId = reservationIdOf(request.reservationId);
  const amount = creditAmount(request.amount, 'amount', true);
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
        { agencyId, clientId, reservationId, kind: 'commit' },
        { amount },
        { reason: 'commit', actorId: null },
        async (movementId) => {
          if (reservation.status !== 'open') throw closed(reservation);
          if (reservation.expiresAt <= new Date())
            throw new DomainError(closed(reservation).kind, 'The reservation has expired.');
          if (amount > reservation.amount)
            throw new DomainError('validation_failed', `amount exceeds the ${reservation.amount} reserved.`, {
              fields: [{ field: 'amount', message: `must be at most the ${reservation.amount} reserved` }],
            });
          const reserved = { kind: 'reserved', clientId } as const;
          await moveCredits(tx, agencyId, movementId, [
            { debit: reserved, credit: { kind: 'consumed' }, amount },
            { debit: reserved, credit: { kind: 'client', clientId }, amount: reservation.amount - amount },
          ]);
          const committed = await closeReservation(tx, reservationId, {
            status: 'committed',
            committedAmount: amount,
          });
          await enqueueEvent(
            tx,
            {
              type: 'atrium.billing.v1.credits.committed',
              subject: `agencies/${agencyId}/clients/${clientId}`,
              data: {
                agencyId,
                clientId,
                reservationId,
                committedAmount: amount,
                returnedAmount: reservation.amount - amount,
              },
            },
            EVENT_SOURCE,
          );
          const [clientAvailable] = await findBalances(tx, agencyId, [{ kind: 'client', clientId }]);
          return answerOf(committed, clientAvailable!);
        },
      );
    },
    LEDGER_TRANSACTION,
  );
}
