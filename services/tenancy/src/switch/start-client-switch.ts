import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { enterClient } from '../client-users/client-access';
import { AGENCY_ROLES } from '../domain/permissions';
import type { ClientRecord } from '../store/clients';
import { recordAudit } from '../store/audit';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** Roles of the agency's own people: built-in ones and custom roles. API keys and client users are not. */
const AGENCY_USER_ROLES: ReadonlySet<string> = new Set([...AGENCY_ROLES, 'custom']);

/**
 * Lets an agency user into a client account ("log in to client"): anyone who may enter the client,
 * whatever its status short of deletion. An inactive client is allowed on purpose: deactivating stops
 * its campaigns but keeps its data, and reading it is legitimate. The switch is audited in the same
 * transaction as the check; identity then signs the token (IssueSwitchToken).
 */
export async function startClientSwitch(
  db: Db,
  actorOrNone: Actor | undefined,
  clientId: string,
): Promise<ClientRecord> {
  const actor = requireActor(actorOrNone);
  if (actor.actingAsClientId)
    throw new DomainError(
      'forbidden',
      'A switch token cannot start another switch; use your own access token.',
    );
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    // Entering first keeps 404 for a client the caller may not enter; a client's own user, who may,
    // is refused with 403: they are already inside it and have no agency identity to switch from.
    const { client, agencyAccess } = await enterClient(tx, actor, clientId);
    if (!agencyAccess || !AGENCY_USER_ROLES.has(agencyAccess.role))
      throw new DomainError('forbidden', 'Only agency users may switch into a client account.');
    await recordAudit(tx, actor, {
      action: 'client.switched',
      targetType: 'client',
      targetId: client.id,
      clientId: client.id,
    });
    return client;
  });
}
