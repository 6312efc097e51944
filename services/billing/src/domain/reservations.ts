/** A campaign's hold on a client's credits (docs/billing.md "Reservations"). */
export type ReservationStatus = 'open' | 'committed' | 'released';

export interface Reservation {
  id: string;
  clientId: string;
  amount: number;
  status: ReservationStatus;
  /** What a commit spent; null until committed. */
  committedAmount: number | null;
  expiresAt: Date;
}

/** Why a reservation went back whole: its holder asked, or the sweeper found it past its expiry. */
export type ReleaseCause = 'released' | 'expired';

/** The reservation step's key in the movements' idempotency keys: one movement per step. */
export function reservationStepKey(reservationId: string, step: 'reserve' | 'commit' | 'release'): string {
  return `reservation/${reservationId}/${step}`;
}
