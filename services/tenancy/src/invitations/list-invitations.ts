import { decodeCursor, pageOf, pageSize } from '@atrium/db';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { listPendingInvitations, type Invitation } from '../store/invitations';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { manageInvitations } from './invitation-scope';

/**
 * Pending invitations newest first, the agency's or one client's; those whose link expired stay listed
 * (answered as "expired") until resent or cancelled.
 */
export async function listInvitations(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { clientId: string; limit: number; cursor: string },
): Promise<{ invitations: Invitation[]; nextCursor: string | null }> {
  const actor = requireActor(actorOrNone);
  const limit = pageSize(input.limit);
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const scope = await manageInvitations(tx, actor, input.clientId);
    return listPendingInvitations(tx, { ...scope, after, limit: limit + 1 });
  });
  const { items, nextCursor } = pageOf(rows, limit);
  return { invitations: items, nextCursor };
}
