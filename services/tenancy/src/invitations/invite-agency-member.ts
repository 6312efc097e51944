import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { EVENT_SOURCE } from '../events/source';
import type { Invitation } from '../generated/prisma/client';
import type { Db } from '../store/db';
import { inTenant } from '../store/tenant';
import { INVITATION_TTL_MS, newInvitationToken } from './invitation-tokens';

export interface InviteAgencyMemberInput {
  email: string;
  name: string;
  role: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The owner is never invited: ownership is transferred.
const INVITABLE_ROLES = ['admin', 'member'];

function validate(input: InviteAgencyMemberInput): InviteAgencyMemberInput {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const problems: FieldProblem[] = [];
  if (!EMAIL.test(email) || email.length > 254)
    problems.push({ field: 'email', message: 'must be an email' });
  if (name.length < 1 || name.length > 120)
    problems.push({ field: 'name', message: 'must be 1 to 120 characters' });
  if (!INVITABLE_ROLES.includes(input.role))
    problems.push({ field: 'role', message: `must be one of ${INVITABLE_ROLES.join(', ')}` });
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The invitation is not valid.', { fields: problems });
  return { email, name, role: input.role };
}

/**
 * Invites a person into the caller's agency. A newer invitation for the same email replaces a
 * pending one, so only the latest link works. The token leaves only in the invitation.created
 * event, for the notification service to email.
 */
export async function inviteAgencyMember(
  db: Db,
  actorOrNone: Actor | undefined,
  input: InviteAgencyMemberInput,
): Promise<Invitation> {
  const actor = requireActor(actorOrNone);
  const fields = validate(input);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    requirePermission(access, 'members:manage');
    const member = await tx.agencyMember.findFirst({
      where: { agencyId: actor.agencyId, email: fields.email },
      select: { userId: true },
    });
    if (member) throw new DomainError('email_in_use', 'This person is already a member of the agency.');
    await tx.invitation.updateMany({
      where: { agencyId: actor.agencyId, clientId: null, email: fields.email, status: 'pending' },
      data: { status: 'cancelled' },
    });
    const { token, tokenHash } = newInvitationToken();
    const invitation = await tx.invitation.create({
      data: {
        id: randomUUID(),
        agencyId: actor.agencyId,
        email: fields.email,
        name: fields.name,
        role: fields.role,
        tokenHash,
        invitedByUserId: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      },
    });
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.invitation.created',
        subject: `agencies/${invitation.agencyId}/invitations/${invitation.id}`,
        data: {
          invitationId: invitation.id,
          agencyId: invitation.agencyId,
          clientId: '',
          email: invitation.email,
          name: invitation.name,
          role: invitation.role,
          token,
          expiresAt: invitation.expiresAt.toISOString(),
          invitedByUserId: invitation.invitedByUserId,
        },
      },
      EVENT_SOURCE,
    );
    return invitation;
  });
}
