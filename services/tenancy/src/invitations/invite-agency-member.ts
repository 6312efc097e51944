import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import {
  memberPermissions,
  requireHeldByCaller,
  requirePermission,
  resolveActorAccess,
} from '../access/resolve-access';
import { roleChoice } from '../domain/agency-roles';
import { EVENT_SOURCE } from '../events/source';
import { findAssignableRole } from '../roles/agency-role-view';
import { recordAudit } from '../store/audit';
import { cancelPendingMemberInvitations, insertInvitation, type Invitation } from '../store/invitations';
import { hasMemberWithEmail } from '../store/members';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { INVITATION_TTL_MS, newInvitationToken } from './invitation-tokens';
import { TENANCY_ERRORS } from '../domain/errors';

export interface InviteAgencyMemberInput {
  email: string;
  name: string;
  /** A built-in role ("admin", "member"); empty when roleId names a custom role. */
  role: string;
  roleId?: string;
  /** Create it without emailing it; ResendInvitation sends it later. */
  sendLater?: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The owner is never invited: ownership is transferred.
const INVITABLE_ROLES = ['admin', 'member'];

function validate(input: InviteAgencyMemberInput): {
  email: string;
  name: string;
  role: string;
  customRoleId: string | null;
} {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const problems: FieldProblem[] = [];
  if (!EMAIL.test(email) || email.length > 254)
    problems.push({ field: 'email', message: 'must be an email' });
  if (name.length < 1 || name.length > 120)
    problems.push({ field: 'name', message: 'must be 1 to 120 characters' });
  let choice: ReturnType<typeof roleChoice> = { role: input.role, customRoleId: null };
  try {
    choice = roleChoice({ role: input.role, roleId: input.roleId ?? '' }, INVITABLE_ROLES);
  } catch (error) {
    if (!(error instanceof DomainError) || !error.fields) throw error;
    problems.push(...error.fields);
  }
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The invitation is not valid.', { fields: problems });
  return { email, name, ...choice };
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
    const customRole = fields.customRoleId
      ? await findAssignableRole(tx, actor.agencyId, fields.customRoleId)
      : null;
    requireHeldByCaller(access, memberPermissions({ role: fields.role, customRole }), 'The role');
    if (await hasMemberWithEmail(tx, actor.agencyId, fields.email))
      throw new DomainError(TENANCY_ERRORS.email_in_use, 'This person is already a member of the agency.');
    await cancelPendingMemberInvitations(tx, actor.agencyId, fields.email);
    const { token, tokenHash } = newInvitationToken();
    const invitation = await insertInvitation(tx, {
      id: randomUUID(),
      agencyId: actor.agencyId,
      email: fields.email,
      name: fields.name,
      role: fields.role,
      customRoleId: fields.customRoleId,
      tokenHash,
      invitedByUserId: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      sentAt: input.sendLater ? null : new Date(),
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
          // No token, no email: notification mails it when invitation.resent brings one.
          token: input.sendLater ? '' : token,
          expiresAt: invitation.expiresAt.toISOString(),
          invitedByUserId: invitation.invitedByUserId,
          roleId: customRole?.id ?? '',
          roleName: customRole?.name ?? '',
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: invitation.id,
      after: {
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        roleId: invitation.customRoleId,
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    return invitation;
  });
}
