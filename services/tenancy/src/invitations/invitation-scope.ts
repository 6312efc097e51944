import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { manageClientUsers } from '../client-users/client-access';
import { isUuid } from '../domain/ids';
import { findPendingInvitation, type Invitation } from '../store/invitations';
import type { Tx } from '../store/transaction';

export const NO_PENDING_INVITATION = 'There is no pending invitation with this id.';

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
  const entry = await manageClientUsers(tx, actor, clientId);
  return { agencyId: actor.agencyId, clientId: entry.client.id };
}

/**
 * The pending invitation (expired or not) a resend or cancel names, once the actor is known to manage
 * the scope's invitations; not_found otherwise.
 */
export async function managedPendingInvitation(
  tx: Tx,
  actor: Actor & { agencyId: string },
  input: { clientId: string; invitationId: string },
): Promise<Invitation> {
  const scope = await manageInvitations(tx, actor, input.clientId);
  const pending = isUuid(input.invitationId)
    ? await findPendingInvitation(tx, scope, input.invitationId)
    : null;
  if (!pending) throw new DomainError('not_found', NO_PENDING_INVITATION);
  return pending;
}
