import type { ListPosition } from '@atrium/db';
import type { Invitation } from '../generated/prisma/client';
import type { Tx } from './db';

/**
 * One page of pending invitations (expired ones included), newest first: the agency's member
 * invitations when `clientId` is null, else one client's. A keyset walk on (created_at, id).
 */
export function listPendingInvitations(
  tx: Tx,
  query: { agencyId: string; clientId: string | null; after: ListPosition | null; limit: number },
): Promise<Invitation[]> {
  const { after } = query;
  return tx.invitation.findMany({
    where: {
      agencyId: query.agencyId,
      clientId: query.clientId,
      status: 'pending',
      ...(after && {
        OR: [
          { createdAt: { lt: new Date(after.createdAt) } },
          { createdAt: new Date(after.createdAt), id: { lt: after.id } },
        ],
      }),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit,
  });
}

/** A pending invitation (expired or not) in the scope named, or null. */
export function findPendingInvitation(
  tx: Tx,
  scope: { agencyId: string; clientId: string | null },
  invitationId: string,
): Promise<Invitation | null> {
  return tx.invitation.findFirst({
    where: { id: invitationId, agencyId: scope.agencyId, clientId: scope.clientId, status: 'pending' },
  });
}
