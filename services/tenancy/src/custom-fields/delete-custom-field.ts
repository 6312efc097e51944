import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { removeCustomPropertyFromClients } from '../store/clients';
import { deleteCustomFieldDefinition, findCustomField } from '../store/custom-fields';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** Removes a custom field and its values from every client of the agency (custom_field.deleted). */
export async function deleteCustomField(db: Db, actorOrNone: Actor | undefined, key: string): Promise<void> {
  const actor = requireActor(actorOrNone);
  await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    requirePermission(await resolveActorAccess(tx, actor), 'organization:manage');
    const field = await findCustomField(tx, actor.agencyId, key);
    const deleted = await deleteCustomFieldDefinition(tx, actor.agencyId, key);
    if (!field || !deleted) throw new DomainError('not_found', 'No such custom field.');
    await removeCustomPropertyFromClients(tx, actor.agencyId, key);
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.custom_field.deleted',
        subject: `agencies/${actor.agencyId}/custom-fields/${key}`,
        data: { agencyId: actor.agencyId, key, deletedBy: actor.userId },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'custom_field.deleted',
      targetType: 'custom_field',
      targetId: key,
      before: { label: field.label },
    });
  });
}
