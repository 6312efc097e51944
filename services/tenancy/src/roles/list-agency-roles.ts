import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import { listRolesWithMemberCounts } from '../store/roles';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { BUILT_IN_ROLES, customRoleView, type AgencyRoleView } from './agency-role-view';

/** The built-in roles, then the agency's custom roles by name with how many members hold each. */
export async function listAgencyRoles(db: Db, actorOrNone: Actor | undefined): Promise<AgencyRoleView[]> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    await resolveActorAccess(tx, actor);
    const roles = await listRolesWithMemberCounts(tx, actor.agencyId);
    const custom = roles
      .map(({ role, memberCount }) => customRoleView(role, memberCount))
      .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id.localeCompare(b.id));
    return [...BUILT_IN_ROLES, ...custom];
  });
}
