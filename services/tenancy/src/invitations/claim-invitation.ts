import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import { EVENT_SOURCE } from '../events/source';
import { findExistingAgency, type Agency } from '../store/agencies';
import { recordAudit } from '../store/audit';
import { acceptPendingInvitation, type Invitation } from '../store/invitations';
import { addMemberUnlessPresent } from '../store/members';
import { inTenant, switchAgency } from '../store/tenant';
import type { ClientUser } from '../store/client-users';
import type { Db } from '../store/transaction';
import { joinClient } from './join-client';
import { hashInvitationToken } from './invitation-tokens';
import { NO_INVITATION } from './resolve-invitation';

export interface ClaimInvitationInput {
  token: string;
  userId: string;
  userName: string;
  userEmail: string;
}

/**
 * Spends an invitation exactly once and gives the identity its role: an agency role, or for a client
 * invitation the client user it names (joinClient), answered as the claim left it. Of two concurrent
 * claims only one spends it (acceptPendingInvitation).
 */
export async function claimInvitation(
  db: Db,
  input: ClaimInvitationInput,
): Promise<{ invitation: Invitation; agency: Agency; clientUser?: ClientUser }> {
  const tokenHash = hashInvitationToken(input.token);
  return inTenant(db, { invitationTokenHash: tokenHash }, async (tx) => {
    const invitation = await acceptPendingInvitation(tx, {
      tokenHash,
      email: input.userEmail.trim().toLowerCase(),
      userId: input.userId,
    });
    if (!invitation) throw new DomainError('not_found', NO_INVITATION);
    await switchAgency(tx, invitation.agencyId);
    const agency = await findExistingAgency(tx, invitation.agencyId);
    if (invitation.clientId) {
      const clientUser = await joinClient(tx, invitation, invitation.clientId, input.userId);
      return { invitation, agency, clientUser };
    }
    // A custom role goes with its id; should the role have gone meanwhile, the least a member holds.
    const customRoleId = invitation.role === 'custom' ? invitation.customRoleId : null;
    const role = invitation.role === 'custom' && !customRoleId ? 'member' : invitation.role;
    const added = await addMemberUnlessPresent(tx, {
      agencyId: invitation.agencyId,
      userId: input.userId,
      role,
      customRoleId,
      name: input.userName || invitation.name,
      email: invitation.email,
    });
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.invitation.accepted',
        subject: `agencies/${invitation.agencyId}/invitations/${invitation.id}`,
        data: {
          invitationId: invitation.id,
          agencyId: invitation.agencyId,
          clientId: '',
          userId: input.userId,
          role: invitation.role,
        },
      },
      EVENT_SOURCE,
    );
    if (added) {
      await enqueueEvent(
        tx,
        {
          type: 'atrium.tenancy.v1.member.added',
          subject: `agencies/${invitation.agencyId}/members/${input.userId}`,
          data: {
            agencyId: invitation.agencyId,
            userId: input.userId,
            role,
            roleId: customRoleId ?? '',
          },
        },
        EVENT_SOURCE,
      );
    }
    await recordAudit(
      tx,
      { userId: input.userId, agencyId: invitation.agencyId },
      {
        action: 'invitation.accepted',
        targetType: 'invitation',
        targetId: invitation.id,
        after: { userId: input.userId, role, roleId: customRoleId, memberAdded: added },
      },
    );
    return { invitation, agency };
  });
}
