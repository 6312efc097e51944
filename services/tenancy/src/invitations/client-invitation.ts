import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import type { Actor } from '@atrium/logger';
import { EVENT_SOURCE } from '../events/source';
import type { ClientUser } from '../store/client-users';
import { cancelPendingClientUserInvitations, insertInvitation, type Invitation } from '../store/invitations';
import type { Tx } from '../store/transaction';
import { INVITATION_TTL_MS, newInvitationToken } from './invitation-tokens';

/**
 * A link the agency spends itself at once, setting the initial password: it needs to outlive only the
 * gateway's next call, so a token stranded by a failure dies soon.
 */
export const PROVISIONING_TTL_MS = 15 * 60_000;

/** What invitation.created and invitation.resent carry: the invitation with its raw token. */
export function invitationEventData(invitation: Invitation, token: string) {
  return {
    invitationId: invitation.id,
    agencyId: invitation.agencyId,
    clientId: invitation.clientId ?? '',
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    token,
    expiresAt: invitation.expiresAt.toISOString(),
    invitedByUserId: invitation.invitedByUserId,
  };
}

/**
 * A new invitation for a client user who has no identity yet; the older pending ones die, so only the
 * latest link works. `email` publishes invitation.created for notification to mail; otherwise the token
 * leaves only in the answer (the initial-password path).
 */
export async function inviteToClient(
  tx: Tx,
  actor: Actor,
  clientUser: ClientUser,
  options: { email: boolean },
): Promise<{ invitation: Invitation; token: string }> {
  await cancelPendingClientUserInvitations(tx, clientUser.id);
  const { token, tokenHash } = newInvitationToken();
  const invitation = await insertInvitation(tx, {
    id: randomUUID(),
    agencyId: clientUser.agencyId,
    clientId: clientUser.clientId,
    clientUserId: clientUser.id,
    email: clientUser.email,
    name: clientUser.name,
    role: clientUser.role,
    tokenHash,
    invitedByUserId: actor.apiKeyId ?? actor.userId,
    expiresAt: new Date(Date.now() + (options.email ? INVITATION_TTL_MS : PROVISIONING_TTL_MS)),
    sentAt: options.email ? new Date() : null,
  });
  if (options.email) {
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.invitation.created',
        subject: `agencies/${invitation.agencyId}/invitations/${invitation.id}`,
        data: invitationEventData(invitation, token),
      },
      EVENT_SOURCE,
    );
  }
  return { invitation, token };
}
