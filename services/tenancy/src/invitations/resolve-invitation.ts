import { DomainError } from '@atrium/errors';
import type { Agency, Invitation } from '../generated/prisma/client';
import type { Db } from '../store/db';
import { inTenant, switchAgency } from '../store/tenant';
import { hashInvitationToken } from './invitation-tokens';

export const NO_INVITATION = 'The invitation does not exist, was already used, or has expired.';

/** The pending, unexpired invitation behind a token. Identity asks before creating the invitee. */
export async function resolveInvitation(
  db: Db,
  token: string,
): Promise<{ invitation: Invitation; agency: Agency }> {
  const tokenHash = hashInvitationToken(token);
  return inTenant(db, { invitationTokenHash: tokenHash }, async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash } });
    if (!invitation || invitation.status !== 'pending' || invitation.expiresAt <= new Date())
      throw new DomainError('not_found', NO_INVITATION);
    await switchAgency(tx, invitation.agencyId);
    const agency = await tx.agency.findUniqueOrThrow({ where: { id: invitation.agencyId } });
    return { invitation, agency };
  });
}
