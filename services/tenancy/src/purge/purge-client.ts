import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import { getContext } from '@atrium/logger';
import { EVENT_SOURCE } from '../events/source';
import { markCompleted } from '../store/client-deletions';
import type { Tx } from '../store/db';

/** The actor id of what tenancy does by itself, with actor_kind 'system' in the audit log. */
export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Tenancy's own purge, the last step of a deletion, in the caller's transaction (its tenant set to
 * the client's agency): the client row goes, and with it every row that references it (team,
 * invitations, client users, jobs: all ON DELETE CASCADE), and a tombstone with the same id takes
 * its place — status `deleted`, every personal and company field empty — so the id is never reused
 * and calls answer not_found. Audit entries about the client keep their ids and actions but lose
 * their before/after values, and published outbox rows about it are deleted
 * (purge_client_records, migration 20261213000000_client_deletion). Publishes client.deleted.
 */
export async function purgeClient(tx: Tx, agencyId: string, clientId: string): Promise<void> {
  const [client] = await tx.$queryRawUnsafe<{ ownerId: string; createdAt: Date }[]>(
    `DELETE FROM clients WHERE id = $1::uuid AND status = 'deleting'
     RETURNING owner_id AS "ownerId", created_at AS "createdAt"`,
    clientId,
  );
  if (!client) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO clients (id, agency_id, name, status, owner_id, created_at, updated_at, deleted_at)
     VALUES ($1::uuid, $2::uuid, '', 'deleted', $3::uuid, $4, now(), now())`,
    clientId,
    agencyId,
    client.ownerId,
    client.createdAt,
  );
  await tx.$executeRawUnsafe('SELECT purge_client_records($1::uuid, $2::uuid)', agencyId, clientId);
  await markCompleted(tx, clientId);
  await tx.auditEntry.create({
    data: {
      id: randomUUID(),
      agencyId,
      actorId: SYSTEM_ACTOR_ID,
      actorKind: 'system',
      action: 'client.deleted',
      targetType: 'client',
      targetId: clientId,
      clientId,
      requestId: getContext()?.requestId ?? null,
    },
  });
  await enqueueEvent(
    tx,
    {
      type: 'atrium.tenancy.v1.client.deleted',
      subject: `agencies/${agencyId}/clients/${clientId}`,
      data: { agencyId, clientId },
    },
    EVENT_SOURCE,
  );
}
