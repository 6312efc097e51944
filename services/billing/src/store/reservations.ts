import type { Reservation, ReservationStatus } from '../domain/reservations';
import type { Db, Tx } from './db';

type Row = {
  id: string;
  clientId: string;
  amount: bigint;
  status: string;
  committedAmount: bigint | null;
  expiresAt: Date;
};

function reservationOf(row: Row): Reservation {
  return {
    id: row.id,
    clientId: row.clientId,
    amount: Number(row.amount),
    status: row.status as ReservationStatus,
    committedAmount: row.committedAmount === null ? null : Number(row.committedAmount),
    expiresAt: row.expiresAt,
  };
}

export async function insertReservation(
  tx: Tx,
  agencyId: string,
  reservation: { id: string; clientId: string; amount: number; expiresAt: Date; reason: string },
): Promise<Reservation> {
  const row = await tx.creditReservation.create({
    data: {
      id: reservation.id,
      agencyId,
      clientId: reservation.clientId,
      amount: reservation.amount,
      status: 'open',
      reason: reservation.reason,
      expiresAt: reservation.expiresAt,
    },
  });
  return reservationOf(row);
}

/** The reservation, locked until the transaction ends so its steps take turns; null when unknown. */
export async function lockReservation(tx: Tx, reservationId: string): Promise<Reservation | null> {
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT id::text, client_id::text AS "clientId", amount, status, committed_amount AS "committedAmount",
           expires_at AS "expiresAt"
      FROM credit_reservations WHERE id = ${reservationId}::uuid FOR UPDATE`;
  return row ? reservationOf(row) : null;
}

export async function closeReservation(
  tx: Tx,
  reservationId: string,
  close: { status: 'committed' | 'released'; committedAmount: number | null },
): Promise<Reservation> {
  const row = await tx.creditReservation.update({
    where: { id: reservationId },
    data: { status: close.status, committedAmount: close.committedAmount, closedAt: new Date() },
  });
  return reservationOf(row);
}

/**
 * Open reservations past their expiry in every agency, ids only, through the migration's
 * expired_credit_reservations (the only way past row-level security; docs/billing.md).
 */
export async function findExpiredReservations(
  db: Db,
  limit: number,
): Promise<{ reservationId: string; agencyId: string }[]> {
  const rows = await db.$queryRaw<{ reservation_id: string; reservation_agency_id: string }[]>`
    SELECT reservation_id::text, reservation_agency_id::text FROM expired_credit_reservations(${limit}::int)`;
  return rows.map((row) => ({ reservationId: row.reservation_id, agencyId: row.reservation_agency_id }));
}

/** The client purge's part: a deleted client's reservations go with it. */
export async function deleteClientReservations(tx: Tx, clientId: string): Promise<number> {
  return tx.creditReservation.deleteMany({ where: { clientId } }).then((result) => result.count);
}
