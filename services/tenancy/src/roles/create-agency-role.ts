import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requireHeldByCaller, requirePermission, resolveActorAccess } from '../access/resolve-access';
import { applyCustomRolePatch } from '../domain/agency-roles';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { insertRole, isRoleNameTaken } from '../store/roles';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { isUniqueViolation } from '../store/unique-violation';
import { customRoleView, nameTaken, type AgencyRoleView } from './agency-role-view';

/** Defines a custom role from the catalogue's agency permissions (role.created). */
export async function createAgencyRole(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { name: string; description: string; permissions: readonly string[] },
): Promise<AgencyRoleView> {
  const actor = requireActor(actorOrNone);
  const { next: fields } = applyCustomRolePatch(
    { name: '', description: '', permissions: [] },
    { name: input.name, description: input.description, permissions: input.permissions },
  );
  try {
    return await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
      const access = await resolveActorAccess(tx, actor);
      requirePermission(access, 'members:manage');
      requireHeldByCaller(access, fields.permissions, 'The role');
      await refuseTakenName(tx, actor.agencyId, fields.name, null);
      const role = await insertRole(tx, actor.agencyId, randomUUID(), fields);
      await enqueueEvent(
        tx,
        {
          type: 'atrium.tenancy.v1.role.created',
          subject: `agencies/${actor.agencyId}/roles/${role.id}`,
          data: {
            agencyId: actor.agencyId,
            roleId: role.id,
            name: role.name,
            permissions: fields.permissions,
            createdBy: actor.userId,
          },
        },
        EVENT_SOURCE,
      );
      await recordAudit(tx, actor, {
        action: 'role.created',
        targetType: 'role',
        targetId: role.id,
        after: { ...fields },
      });
      return customRoleView(role, 0);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

/** Names are unique per agency whatever the case; the unique index is the judge under concurrency. */
export async function refuseTakenName(tx: Tx, agencyId: string, name: string, roleId: string | null) {
  if (await isRoleNameTaken(tx, agencyId, name, roleId)) throw nameTaken();
}
