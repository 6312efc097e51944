import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requireHeldByCaller, requirePermission, resolveActorAccess } from '../access/resolve-access';
import { customRolePermissions } from '../domain/permissions';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { countPendingInvitationsOfferingRole } from '../store/invitations';
import { countMembersHoldingRole } from '../store/members';
import { deleteRole } from '../store/roles';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { findCustomRoleForUpdate } from './agency-role-view';
import { TENANCY_ERRORS } from '../domain/errors';

/**
 * Removes a custom role nobody holds (role.deleted). A role its members hold, or a pending invitation
 * offers, stays: they must be given another role first (role_in_use says how many).
 */
export async function deleteAgencyRole(
  db: Db,
  actorOrNone: Actor | undefined,
  roleId: string,
): Promise<void> {
  const actor = requireActor(actorOrNone);
  await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    requirePermission(access, 'members:manage');
    // The row lock makes assignments of this role (which take a key share lock on it) wait or fail.
    const role = await findCustomRoleForUpdate(tx, actor.agencyId, roleId);
    requireHeldByCaller(access, customRolePermissions(role.permissions), 'The role');
    const [members, invitations] = await Promise.all([
      countMembersHoldingRole(tx, actor.agencyId, role.id),
      countPendingInvitationsOfferingRole(tx, actor.agencyId, role.id),
    ]);
    if (members > 0 || invitations > 0) {
      const held = [
        ...(members > 0 ? [`${members} member${members === 1 ? '' : 's'} hold it`] : []),
        ...(invitations > 0
          ? [`${invitations} pending invitation${invitations === 1 ? '' : 's'} offer it`]
          : []),
      ].join(' and ');
      throw new DomainError(
        TENANCY_ERRORS.role_in_use,
        `The role "${role.name}" is in use: ${held}. Give them another role first.`,
      );
    }
    await deleteRole(tx, role.id);
    const permissions = customRolePermissions(role.permissions);
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.role.deleted',
        subject: `agencies/${actor.agencyId}/roles/${role.id}`,
        data: {
          agencyId: actor.agencyId,
          roleId: role.id,
          name: role.name,
          permissions: [...permissions],
          deletedBy: actor.userId,
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'role.deleted',
      targetType: 'role',
      targetId: role.id,
      before: { name: role.name, description: role.description, permissions },
    });
  });
}
