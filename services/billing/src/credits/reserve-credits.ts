import { DomainError } from '@atrium/errors';
import { enqueueEvent } from '@atrium/events';
import { creditAmount } from '../domain/credits';
import { EVENT_SOURCE } from '../events/source';
import { moveCredits } from '../ledger/move-credits';
import { insertReservation } from '../store/reservations';
import { inTenant, type Tenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { clientIdOf, requireMovableClient } from './client-account';
import { LEDGER_TRANSACTION } from './ledger-transaction';
import { answerOf, oncePerStep, reservationIdOf, type ReservationAnswer } from './reservation-step';

export interface ReserveRequest {
  clientId: string;
  reservationId: string;
  amount: string | number;
  expiresAt: string;
  reason: string;
}

/** The longest a reservation may stay open: a campaign that runs longer reserves again. */
const MAX_HOLD_MS = 90 * 24 * 60 * 60_000;

function expiryOf(value: string, now: Date): Date {
  const expiresAt = new Date(value);
  const valid =
    /^\d{4}-\d\d-\d\dT/.test(value) &&
    !Number.isNaN(expiresAt.getTime()) &&
    expiresAt > now &&
    expiresAt.getTime() - now.getTime() <= MAX_HOLD_MS;
  if (!valid)
    throw new DomainError('validation_failed', 'expiresAt must be an RFC 3339 time within 90 days.', {
      fields: [{ field: 'expiresAt', message: 'must be an RFC 3339 time in the next 90 days' }],
    });
  return expiresAt;
}

/**
 * Sets a client's credits aside at once (they leave its available balance for its reserved account),
 * under the caller's reservation id: the same id and request answer the first result. Called by
 * campaigns inside the platform; the agency comes with the request.
 */
export async function reserveCredits(
  db: Db,
  tenant: Tenant,
  request: ReserveRequest,
): Promise<ReservationAnswer> {
  const clientId = clientIdOf(request.clientId);
  const reservationId = reservationIdOf(request.reservationId);
  const amount = creditAmount(request.amount, 'amount');
  const reason = request.reason.trim().slice(0, 200) || 'reservation';
  const { agencyId } = tenant;
  return inTenant(
    db,
    tenant,
    async (tx) => {
      await requireMovableClient(tx, clientId);
      // The expiry is part of the request, so a repeat a moment later names the same time.
      return oncePerStep(
        tx,
        { agencyId, clientId, reservationId, kind: 'reserve' },
        { clientId, amount, expiresAt: request.expiresAt },
        { reason, actorId: null },
        async (movementId) => {
          const expiresAt = expiryOf(request.expiresAt, new Date());
          const moved = await moveCredits(tx, agencyId, movementId, [
            { debit: { kind: 'client', clientId }, credit: { kind: 'reserved', clientId }, amount },
          ]);
          const reservation = await insertReservation(tx, agencyId, {
            id: reservationId,
            clientId,
            amount,
            expiresAt,
            reason,
          });
          await enqueueEvent(
            tx,
            {
              type: 'atrium.billing.v1.credits.reserved',
              subject: `agencies/${agencyId}/clients/${clientId}`,
              data: { agencyId, clientId, reservationId, amount, expiresAt: expiresAt.toISOString() },
            },
            EVENT_SOURCE,
          );
          return answerOf(reservation, moved.balanceOf({ kind: 'client', clientId }));
        },
      );
    },
    LEDGER_TRANSACTION,
  );
}
