import type { ClientDeletion } from '../generated/prisma/client';
import type { Db, Tx } from './db';

export type { ClientDeletion };

/** Records that a client's deletion was asked for and which participants must report its purge. */
export async function recordDeletionRequest(
  tx: Tx,
  deletion: { agencyId: string; clientId: string; requestedBy: string; participants: readonly string[] },
): Promise<void> {
  await tx.clientDeletion.create({
    data: {
      clientId: deletion.clientId,
      agencyId: deletion.agencyId,
      requestedBy: deletion.requestedBy,
      participants: [...deletion.participants],
      pending: [...deletion.participants],
    },
  });
}

/** The open deletion of a client, locked until the transaction ends so two reports cannot race. */
export async function lockOpenDeletion(tx: Tx, clientId: string): Promise<ClientDeletion | null> {
  const [row] = await tx.$queryRawUnsafe<{ clientId: string }[]>(
    `SELECT client_id AS "clientId" FROM client_deletions
      WHERE client_id = $1::uuid AND completed_at IS NULL FOR UPDATE`,
    clientId,
  );
  return row ? tx.clientDeletion.findUnique({ where: { clientId: row.clientId } }) : null;
}

/**
 * Replaces a `deleting` client by its tombstone: the row goes, and with it every row that references it
 * (team, invitations, client users, jobs: all ON DELETE CASCADE), and a row with the same id, owner and
 * creation time takes its place — status `deleted`, every other field empty — so the id is never
 * reused. Answers false when the client is not being deleted (already purged).
 */
export async function replaceClientByTombstone(tx: Tx, agencyId: string, clientId: string): Promise<boolean> {
  const [client] = await tx.$queryRawUnsafe<{ ownerId: string; createdAt: Date }[]>(
    `DELETE FROM clients WHERE id = $1::uuid AND status = 'deleting'
     RETURNING owner_id AS "ownerId", created_at AS "createdAt"`,
    clientId,
  );
  if (!client) return false;
  await tx.$executeRawUnsafe(
    `INSERT INTO clients (id, agency_id, name, status, owner_id, created_at, updated_at, deleted_at)
     VALUES ($1::uuid, $2::uuid, '', 'deleted', $3::uuid, $4, now(), now())`,
    clientId,
    agencyId,
    client.ownerId,
    client.createdAt,
  );
  return true;
}

/**
 * Empties the before/after values of the client's audit entries and deletes the published outbox rows
 * about it (purge_client_records, migration 20261213000000_client_deletion).
 */
export async function purgeClientRecords(tx: Tx, agencyId: string, clientId: string): Promise<void> {
  await tx.$executeRawUnsafe('SELECT purge_client_records($1::uuid, $2::uuid)', agencyId, clientId);
}

/** Takes a participant off the deletion's pending list; answers what is still pending. */
export async function markReported(tx: Tx, deletion: ClientDeletion, service: string): Promise<string[]> {
  const pending = deletion.pending.filter((name) => name !== service);
  await tx.clientDeletion.update({ where: { clientId: deletion.clientId }, data: { pending } });
  return pending;
}

export async function markCompleted(tx: Tx, clientId: string): Promise<void> {
  await tx.clientDeletion.update({ where: { clientId }, data: { completedAt: new Date() } });
}

/** An open deletion that has waited too long, as the stuck-deletion check reports it. */
export interface StaleDeletion {
  agencyId: string;
  clientId: string;
  requestedAt: Date;
  pending: string[];
}

/**
 * Open deletions of every agency asked for before `before`. The policy client_deletions_watch shows
 * them (read-only, ids and service names only) to a transaction that sets app.deletion_watch.
 */
export function findStaleDeletions(db: Db, before: Date, limit: number): Promise<StaleDeletion[]> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT set_config('app.deletion_watch', 'on', true)`);
    return tx.$queryRawUnsafe<StaleDeletion[]>(
      `SELECT agency_id AS "agencyId", client_id AS "clientId", requested_at AS "requestedAt", pending
         FROM client_deletions
        WHERE completed_at IS NULL AND requested_at < $1
        ORDER BY requested_at
        LIMIT $2`,
      before,
      limit,
    );
  });
}
