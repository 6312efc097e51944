import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { applyClientPatch, type ClientFields, type ClientPatch } from '../domain/client-fields';
import { clientPayload } from '../events/client-payload';
import { EVENT_SOURCE } from '../events/source';
import { changedFields, recordAudit } from '../store/audit';
import { findClient, updateClientFields, type ClientRecord } from '../store/clients';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { checkReferences, checkSingleMaster } from './check-references';
import { findVisibleClient } from './visible-client';

/**
 * Changes the fields the patch sets and announces which (client.updated). Handing the client to
 * another owner is for its current owner or an agency owner or admin (docs/product.md "Team and ownership").
 */
export async function updateClient(
  db: Db,
  actorOrNone: Actor | undefined,
  clientId: string,
  patch: ClientPatch,
): Promise<ClientRecord> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    const current = await findVisibleClient(tx, access, clientId);
    requirePermission(access, 'clients:update');
    const { next, changed } = applyClientPatch(fieldsOf(current), patch);
    if (changed.length === 0) return current;
    if (
      changed.includes('ownerId') &&
      access.userId !== current.ownerId &&
      access.role !== 'owner' &&
      access.role !== 'admin'
    ) {
      throw new DomainError(
        'forbidden',
        "Only the client's owner or an agency owner or admin may hand it over.",
      );
    }
    await checkReferences(tx, actor.agencyId, next, {
      people: changed.includes('ownerId') || changed.includes('accountManagerId'),
      customProperties: changed.includes('customProperties'),
    });
    if (changed.includes('isMaster') && next.isMaster)
      await checkSingleMaster(tx, actor.agencyId, current.id);
    await updateClientFields(tx, actor.agencyId, current.id, next);
    const client = (await findClient(tx, current.id))!;
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.client.updated',
        subject: `agencies/${client.agencyId}/clients/${client.id}`,
        data: {
          agencyId: client.agencyId,
          clientId: client.id,
          changedFields: changed,
          client: clientPayload(client),
          updatedBy: actor.userId,
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'client.updated',
      targetType: 'client',
      targetId: client.id,
      clientId: client.id,
      ...changedFields({ ...fieldsOf(current) }, { ...fieldsOf(client) }),
    });
    return client;
  });
}

function fieldsOf(client: ClientRecord): ClientFields {
  return {
    name: client.name,
    description: client.description,
    website: client.website,
    tags: client.tags,
    customProperties: client.customProperties,
    accountType: client.accountType,
    region: client.region,
    isMaster: client.isMaster,
    ownerId: client.ownerId,
    accountManagerId: client.accountManagerId,
    companyProfile: client.companyProfile,
    profileContact: client.profileContact,
    billingContact: client.billingContact,
    billingMode: client.billingMode,
    renewalDate: client.renewalDate,
    settings: client.settings,
  };
}
