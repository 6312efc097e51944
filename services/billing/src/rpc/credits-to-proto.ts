import type { billing } from '@atrium/proto';
import type { Credits } from '../credits/get-credits';
import type { ReservationAnswer } from '../credits/reservation-step';
import type { TransferDirection } from '../domain/credits';
import type { PriceTier } from '../domain/pricing';
import type { ReservationStatus } from '../domain/reservations';

const ACCOUNT_KINDS = {
  agency: 'CREDIT_ACCOUNT_KIND_AGENCY',
  client: 'CREDIT_ACCOUNT_KIND_CLIENT',
  reserved: 'CREDIT_ACCOUNT_KIND_RESERVED',
  consumed: 'CREDIT_ACCOUNT_KIND_CONSUMED',
  issued: 'CREDIT_ACCOUNT_KIND_ISSUED',
} as const satisfies Record<string, billing.CreditAccountKind>;

const RESERVATION_STATUSES: Record<ReservationStatus, billing.ReservationStatus> = {
  open: 'RESERVATION_STATUS_OPEN',
  committed: 'RESERVATION_STATUS_COMMITTED',
  released: 'RESERVATION_STATUS_RELEASED',
};

const DIRECTIONS: Partial<Record<billing.CreditTransferDirection__Output, TransferDirection>> = {
  CREDIT_TRANSFER_DIRECTION_TO_CLIENT: 'to_client',
  CREDIT_TRANSFER_DIRECTION_TO_AGENCY: 'to_agency',
};

export function directionFromProto(
  direction: billing.CreditTransferDirection__Output,
): TransferDirection | undefined {
  return DIRECTIONS[direction];
}

export function creditPacksToProto(tiers: PriceTier[]): billing.ListCreditPacksResponse {
  return {
    tiers: tiers.map((tier) => ({
      id: tier.id,
      minQuantity: tier.minQuantity,
      maxQuantity: tier.maxQuantity ?? 0,
      unitPriceMinor: tier.unitPriceMinor,
      currency: tier.currency,
    })),
  };
}

export function creditsToProto(credits: Credits): billing.GetCreditsResponse {
  return {
    available: credits.available,
    reserved: credits.reserved,
    nextCursor: credits.nextCursor ?? '',
    entries: credits.entries.map((entry) => ({
      id: entry.id,
      occurredAt: entry.occurredAt.toISOString(),
      amount: entry.amount,
      direction: entry.direction === 'in' ? 'CREDIT_ENTRY_DIRECTION_IN' : 'CREDIT_ENTRY_DIRECTION_OUT',
      counterAccount: { kind: ACCOUNT_KINDS[entry.counterKind], clientId: entry.counterClientId ?? '' },
      reason: entry.reason ?? '',
      actorId: entry.actorId ?? '',
      idempotencyKey: entry.idempotencyKey ?? '',
      movementId: entry.movementId,
    })),
  };
}

export function reservationToProto(answer: ReservationAnswer): billing.Reservation {
  const { reservation } = answer;
  return {
    reservationId: reservation.id,
    clientId: reservation.clientId,
    amount: reservation.amount,
    status: RESERVATION_STATUSES[reservation.status],
    committedAmount: reservation.committedAmount ?? 0,
    expiresAt: reservation.expiresAt,
  };
}
