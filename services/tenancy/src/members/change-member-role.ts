import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
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
import { setMemberRole, type MemberWithRole } from '../store/members';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { findMember } from './find-member';

// The owner is made only by TransferOwnership.
const ASSIGNABLE_ROLES = ['admin', 'member'];

/** Gives a member another role, built-in or custom (member.role_changed). */
export async function changeMemberRole(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { userId: string; role: string; roleId?: string },
): Promise<MemberWithRole> {
  const actor = requireActor(actorOrNone);
  const choice = roleChoice({ role: input.role, roleId: input.roleId ?? '' }, ASSIGNABLE_ROLES);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    requirePermission(access, 'members:manage');
    const member = await findMember(tx, actor.agencyId, input.userId);
    if (member.role === 'owner') {
      throw new DomainError('conflict', "The owner's role changes only by transferring ownership.", {
        fields: [{ field: 'userId', message: 'is the agency owner' }],
      });
    }
    const customRole = choice.customRoleId
      ? await findAssignableRole(tx, actor.agencyId, choice.customRoleId)
      : null;
    requireHeldByCaller(access, memberPermissions(member), "This member's current role");
    requireHeldByCaller(access, memberPermissions({ role: choice.role, customRole }), 'The new role');
    if (member.role === choice.role && member.customRoleId === choice.customRoleId) return member;
    const updated = await setMemberRole(tx, actor.agencyId, member.userId, choice);
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.member.role_changed',
        subject: `agencies/${actor.agencyId}/members/${member.userId}`,
        data: {
          agencyId: actor.agencyId,
          userId: member.userId,
          role: choice.role,
          previousRole: member.role,
          changedBy: actor.userId,
          roleId: choice.customRoleId ?? '',
          previousRoleId: member.customRoleId ?? '',
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'member.role_changed',
      targetType: 'member',
      targetId: member.userId,
      before: { role: member.role, roleId: member.customRoleId, roleName: member.customRole?.name ?? null },
      after: { role: choice.role, roleId: choice.customRoleId, roleName: customRole?.name ?? null },
    });
    return updated;
  });
}
