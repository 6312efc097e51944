import type { Actor } from '@atrium/logger';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { enterClient, requireUserManagement } from '../client-users/client-access';
import type { Tx } from '../store/db';

/** Whose pending invitations a call manages: the agency's member invitations, or one client's. */
export interface InvitationScope {
  agencyId: string;
  /** null for the agency's member invitations. */
  clientId: string | null;
}

/**
 * Checks the actor may manage the invitations of the scope: members:manage for the agency's, and
 * managing the client's users for a client's. An empty clientId names the agency.
 */
export async function manageInvitations(
  tx: Tx,
  actor: Actor & { agencyId: string },
  clientId: string,
): Promise<InvitationScope> {
  if (clientId === '') {
    requirePermission(await resolveActorAccess(tx, actor), 'members:manage');
    return { agencyId: actor.agencyId, clientId: null };
  }
  const entry = await enterClient(tx, actor, clientId);
  requireUserManagement(entry);
  return { agencyId: actor.agencyId, clientId: entry.client.id };
}
