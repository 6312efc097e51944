import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { renewPendingInvitation, type Invitation } from '../store/invitations';
import { findRoleName } from '../store/roles';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { invitationEventData } from './client-invitation';
import { INVITATION_TTL_MS, newInvitationToken } from './invitation-tokens';
import { managedPendingInvitation, NO_PENDING_INVITATION } from './invitation-scope';

/**
 * Sends a pending invitation again, expired or not, or for the first time when it was created to be
 * sent later: a new token replaces the old hash in the same row,
 * so the old link dies the moment this commits, and the link lives 7 days from now. invitation.resent
 * carries the new token for notification to email.
 */
export async function resendInvitation(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { clientId: string; invitationId: string },
): Promise<Invitation> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const pending = await managedPendingInvitation(tx, actor, input);
    const { token, tokenHash } = newInvitationToken();
    const invitation = await renewPendingInvitation(tx, pending.id, {
      tokenHash,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      sentAt: new Date(),
    });
    if (!invitation) throw new DomainError('not_found', NO_PENDING_INVITATION);
    const customRole = invitation.customRoleId ? await findRoleName(tx, invitation.customRoleId) : null;
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.invitation.resent',
        subject: `agencies/${invitation.agencyId}/invitations/${invitation.id}`,
        data: {
          ...invitationEventData(invitation, token),
          resentBy: actor.apiKeyId ?? actor.userId,
          roleId: customRole?.id ?? '',
          roleName: customRole?.name ?? '',
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'invitation.resent',
      targetType: 'invitation',
      targetId: invitation.id,
      ...(invitation.clientId && { clientId: invitation.clientId }),
      before: { expiresAt: pending.expiresAt.toISOString() },
      after: { expiresAt: invitation.expiresAt.toISOString() },
    });
    return invitation;
  });
}
