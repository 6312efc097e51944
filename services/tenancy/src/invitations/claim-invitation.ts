import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import { EVENT_SOURCE } from '../events/source';
import type { Agency, Invitation } from '../generated/prisma/client';
import type { Db } from '../store/db';
import { inTenant, switchAgency } from '../store/tenant';
import { hashInvitationToken } from './invitation-tokens';
import { NO_INVITATION } from './resolve-invitation';

export interface ClaimInvitationInput {
  token: string;
  userId: string;
  userName: string;
  userEmail: string;
}

/**
 * Spends an invitation exactly once and gives the identity its role. The conditional update is
 * the single point of truth: of two concurrent claims only one changes the row.
 */
export async function claimInvitation(
  db: Db,
  input: ClaimInvitationInput,
): Promise<{ invitation: Invitation; agency: Agency }> {
  const tokenHash = hashInvitationToken(input.token);
  return inTenant(db, { invitationTokenHash: tokenHash }, async (tx) => {
    const claimed = await tx.invitation.updateManyAndReturn({
      where: {
        tokenHash,
        status: 'pending',
        expiresAt: { gt: new Date() },
        email: input.userEmail.trim().toLowerCase(),
        // Agency member invitations only until client users exist.
        clientId: null,
      },
      data: { status: 'accepted', acceptedAt: new Date(), acceptedUserId: input.userId },
    });
    const invitation = claimed[0];
    if (!invitation) throw new DomainError('not_found', NO_INVITATION);
    await switchAgency(tx, invitation.agencyId);
    const agency = await tx.agency.findUniqueOrThrow({ where: { id: invitation.agencyId } });
    const added = await tx.agencyMember.createMany({
      data: {
        agencyId: invitation.agencyId,
        userId: input.userId,
        role: invitation.role,
        name: input.userName || invitation.name,
        email: invitation.email,
      },
      skipDuplicates: true,
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
    if (added.count > 0) {
      await enqueueEvent(
        tx,
        {
          type: 'atrium.tenancy.v1.member.added',
          subject: `agencies/${invitation.agencyId}/members/${input.userId}`,
          data: { agencyId: invitation.agencyId, userId: input.userId, role: invitation.role },
        },
        EVENT_SOURCE,
      );
    }
    return { invitation, agency };
  });
}
