import { DomainError } from '@atrium/errors';
import type { Agency, Invitation } from '../generated/prisma/client';
import type { Db } from '../store/db';
import { hashInvitationToken } from './invitation-tokens';

export const NO_INVITATION = 'The invitation does not exist, was already used, or has expired.';

/** The pending, unexpired invitation behind a token. Identity asks before creating the invitee. */
export async function resolveInvitation(
  db: Db,
  token: string,
): Promise<{ invitation: Invitation; agency: Agency }> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { agency: true },
  });
  if (!invitation || invitation.status !== 'pending' || invitation.expiresAt <= new Date())
    throw new DomainError('not_found', NO_INVITATION);
  const { agency, ...row } = invitation;
  return { invitation: row, agency };
}
