import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { newClientFields, type ClientPatch } from '../domain/client-fields';
import { clientPayload } from '../events/client-payload';
import { EVENT_SOURCE } from '../events/source';
import { planClientLimitOf } from '../plan-limits/plan-client-limit';
import { recordAudit } from '../store/audit';
import { countPlanClientsLocked, findClient, insertClient, type ClientRecord } from '../store/clients';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { checkReferences, checkSingleMaster } from './check-references';
import { TENANCY_ERRORS } from '../domain/errors';

/**
 * Adds a client account to the caller's agency and announces it (client.created). The plan's client
 * limit (billing's, as tenancy's projection keeps it; `defaultPlanClientLimit` until billing has told
 * anything) counts active and inactive clients; creations of one agency queue on its row, so the
 * limit holds under concurrency.
 */
export async function createClient(
  db: Db,
  actorOrNone: Actor | undefined,
  input: ClientPatch & { name: string },
  defaultPlanClientLimit: number,
): Promise<ClientRecord> {
  const actor = requireActor(actorOrNone);
  if (actor.apiKeyId && !input.ownerId) {
    // A key is nobody: the client needs a person as its owner.
    throw new DomainError('validation_failed', 'Name the owner when an API key creates a client.', {
      fields: [{ field: 'ownerId', message: 'is required when an API key creates a client' }],
    });
  }
  const fields = newClientFields(input, actor.userId);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    requirePermission(access, 'clients:create');
    await checkReferences(tx, actor.agencyId, fields, { people: true, customProperties: true });
    const count = await countPlanClientsLocked(tx, actor.agencyId);
    const planClientLimit = await planClientLimitOf(tx, actor.agencyId, defaultPlanClientLimit);
    if (planClientLimit !== null && count >= planClientLimit) {
      throw new DomainError(
        TENANCY_ERRORS.plan_limit_reached,
        `The plan allows ${planClientLimit} client accounts, active and inactive together.`,
      );
    }
    if (fields.isMaster) await checkSingleMaster(tx, actor.agencyId, null);
    const id = randomUUID();
    await insertClient(tx, actor.agencyId, id, fields);
    const client = (await findClient(tx, id))!;
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.client.created',
        subject: `agencies/${client.agencyId}/clients/${client.id}`,
        data: {
          agencyId: client.agencyId,
          clientId: client.id,
          name: client.name,
          ownerId: client.ownerId,
          createdBy: actor.userId,
          client: clientPayload(client),
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'client.created',
      targetType: 'client',
      targetId: client.id,
      clientId: client.id,
      after: {
        name: client.name,
        status: client.status,
        ownerId: client.ownerId,
        accountManagerId: client.accountManagerId,
        accountType: client.accountType,
        region: client.region,
        isMaster: client.isMaster,
        billingMode: client.billingMode,
      },
    });
    return client;
  });
}
