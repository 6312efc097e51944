import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import { recordSystemAudit } from '../store/audit';
import { markCompleted, purgeClientRecords, replaceClientByTombstone } from '../store/client-deletions';
import type { Tx } from '../store/transaction';

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
  if (!(await replaceClientByTombstone(tx, agencyId, clientId))) return;
  await purgeClientRecords(tx, agencyId, clientId);
  await markCompleted(tx, clientId);
  await recordSystemAudit(tx, agencyId, {
    action: 'client.deleted',
    targetType: 'client',
    targetId: clientId,
    clientId,
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
