import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { cancelPendingInvitation, type Invitation } from '../store/invitations';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { managedPendingInvitation, NO_PENDING_INVITATION } from './invitation-scope';

/**
 * Cancels a pending invitation; its link dies at once. A client user it was for stays "invited"
 * without a link: the account's users list still shows them, to invite again or remove.
 */
export async function cancelInvitation(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { clientId: string; invitationId: string },
): Promise<Invitation> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const pending = await managedPendingInvitation(tx, actor, input);
    const invitation = await cancelPendingInvitation(tx, pending.id);
    if (!invitation) throw new DomainError('not_found', NO_PENDING_INVITATION);
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.invitation.cancelled',
        subject: `agencies/${invitation.agencyId}/invitations/${invitation.id}`,
        data: {
          invitationId: invitation.id,
          agencyId: invitation.agencyId,
          clientId: invitation.clientId ?? '',
          email: invitation.email,
          cancelledBy: actor.apiKeyId ?? actor.userId,
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'invitation.cancelled',
      targetType: 'invitation',
      targetId: invitation.id,
      ...(invitation.clientId && { clientId: invitation.clientId }),
      before: { status: 'pending' },
      after: { status: 'cancelled' },
    });
    return invitation;
  });
}
