import { randomUUID } from 'node:crypto';
import { DomainError } from '@atrium/errors';
import { keyReused, requestHash } from '../domain/credits';
import { BILLING_ERRORS } from '../domain/errors';
import { isUuid } from '../domain/ids';
import { reservationStepKey, type Reservation } from '../domain/reservations';
import { claimMovement, saveMovementResult, type MovementToClaim } from '../store/ledger';
import type { Tx } from '../store/transaction';

/** What a reservation step answers, and what its replay answers again. */
export interface ReservationAnswer {
  reservation: Omit<Reservation, 'expiresAt'> & { expiresAt: string };
  clientAvailable: number;
}

export function reservationIdOf(value: string): string {
  if (!isUuid(value))
    throw new DomainError('validation_failed', 'reservationId must be a UUID the caller chose.', {
      fields: [{ field: 'reservationId', message: 'must be a UUID' }],
    });
  return value;
}

export function answerOf(reservation: Reservation, clientAvailable: number): ReservationAnswer {
  return { reservation: { ...reservation, expiresAt: reservation.expiresAt.toISOString() }, clientAvailable };
}

export function closed(reservation: Reservation): DomainError {
  return new DomainError(
    BILLING_ERRORS.reservation_closed,
    `The reservation is already ${reservation.status}.`,
  );
}

/**
 * Runs one step of a reservation once: the step's movement takes the key reservation/<id>/<step>,
 * so a repeated call, a concurrent one or a second sweeper replica answers the first result.
 */
export async function oncePerStep(
  tx: Tx,
  step: {
    agencyId: string;
    clientId: string | null;
    reservationId: string;
    kind: 'reserve' | 'commit' | 'release';
  },
  request: object,
  details: Pick<MovementToClaim, 'reason' | 'actorId'>,
  work: (movementId: string) => Promise<ReservationAnswer>,
): Promise<ReservationAnswer> {
  const movementId = randomUUID();
  const hash = requestHash({ operation: step.kind, ...request });
  const claim = await claimMovement(tx, {
    id: movementId,
    agencyId: step.agencyId,
    clientId: step.clientId,
    kind: step.kind,
    idempotencyKey: reservationStepKey(step.reservationId, step.kind),
    requestHash: hash,
    ...details,
  });
  if (!claim.claimed) {
    if (claim.requestHash !== hash) throw keyReused();
    return claim.result as ReservationAnswer;
  }
  const answer = await work(movementId);
  await saveMovementResult(tx, movementId, answer);
  return answer;
}
