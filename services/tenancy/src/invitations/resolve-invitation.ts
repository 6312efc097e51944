import { DomainError } from '@atrium/errors';
import { findExistingAgency, type Agency } from '../store/agencies';
import { findInvitationByTokenHash, type Invitation } from '../store/invitations';
import { inTenant, switchAgency } from '../store/tenant';
import type { Db } from '../store/transaction';
import { hashInvitationToken } from './invitation-tokens';

export const NO_INVITATION = 'The invitation does not exist, was already used, or has expired.';

/** The pending, unexpired invitation behind a token. Identity asks before creating the invitee. */
export async function resolveInvitation(
  db: Db,
  token: string,
): Promise<{ invitation: Invitation; agency: Agency }> {
  const tokenHash = hashInvitationToken(token);
  return inTenant(db, { invitationTokenHash: tokenHash }, async (tx) => {
    const invitation = await findInvitationByTokenHash(tx, tokenHash);
    if (!invitation || invitation.status !== 'pending' || invitation.expiresAt <= new Date())
      throw new DomainError('not_found', NO_INVITATION);
    await switchAgency(tx, invitation.agencyId);
    const agency = await findExistingAgency(tx, invitation.agencyId);
    return { invitation, agency };
  });
}
