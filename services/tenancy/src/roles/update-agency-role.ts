import { enqueueEvent } from '@atrium/events';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requireHeldByCaller, requirePermission, resolveActorAccess } from '../access/resolve-access';
import { applyCustomRolePatch, type CustomRoleFields } from '../domain/agency-roles';
import { customRolePermissions } from '../domain/permissions';
import { EVENT_SOURCE } from '../events/source';
import { changedFields, recordAudit } from '../store/audit';
import { countMembersHoldingRole } from '../store/members';
import { updateRole } from '../store/roles';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { isUniqueViolation } from '../store/unique-violation';
import { customRoleView, findCustomRoleForUpdate, nameTaken, type AgencyRoleView } from './agency-role-view';
import { refuseTakenName } from './create-agency-role';

export interface AgencyRolePatch {
  name?: string;
  description?: string;
  permissions?: readonly string[];
}

/**
 * Changes a custom role (role.updated). Its members hold the new permissions from their next call:
 * tenancy resolves them in each call's transaction, and the gateway's access cache drops the agency's
 * entries on role.updated.
 */
export async function updateAgencyRole(
  db: Db,
  actorOrNone: Actor | undefined,
  roleId: string,
  patch: AgencyRolePatch,
): Promise<AgencyRoleView> {
  const actor = requireActor(actorOrNone);
  try {
    return await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
      const access = await resolveActorAccess(tx, actor);
      requirePermission(access, 'members:manage');
      const role = await findCustomRoleForUpdate(tx, actor.agencyId, roleId);
      const current: CustomRoleFields = {
        name: role.name,
        description: role.description,
        permissions: [...customRolePermissions(role.permissions)],
      };
      const { next, changed } = applyCustomRolePatch(current, patch);
      // Editing a role changes what its holders may do: both the old and the new set must be the caller's.
      requireHeldByCaller(access, current.permissions, 'The role');
      requireHeldByCaller(access, next.permissions, 'The changed role');
      const memberCount = await countMembersHoldingRole(tx, actor.agencyId, role.id);
      if (changed.length === 0) return customRoleView(role, memberCount);
      if (changed.includes('name')) await refuseTakenName(tx, actor.agencyId, next.name, role.id);
      const updated = await updateRole(tx, role.id, next);
      await enqueueEvent(
        tx,
        {
          type: 'atrium.tenancy.v1.role.updated',
          subject: `agencies/${actor.agencyId}/roles/${role.id}`,
          data: {
            agencyId: actor.agencyId,
            roleId: role.id,
            name: next.name,
            permissions: next.permissions,
            changedFields: changed,
            updatedBy: actor.userId,
          },
        },
        EVENT_SOURCE,
      );
      await recordAudit(tx, actor, {
        action: 'role.updated',
        targetType: 'role',
        targetId: role.id,
        ...changedFields({ ...current }, { ...next }),
      });
      return customRoleView(updated, memberCount);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
