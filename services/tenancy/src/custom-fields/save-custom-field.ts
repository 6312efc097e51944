import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { EVENT_SOURCE } from '../events/source';
import { lockAgency } from '../store/agencies';
import { recordAudit } from '../store/audit';
import {
  countCustomFields,
  findCustomField,
  saveCustomFieldLabel,
  type AgencyCustomField,
} from '../store/custom-fields';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { MAX_CUSTOM_FIELDS, validateCustomField } from './custom-field-rules';

/** Defines a custom field, or relabels an existing key (custom_field.saved). */
export async function saveCustomField(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { key: string; label: string },
): Promise<AgencyCustomField> {
  const actor = requireActor(actorOrNone);
  const { key, label } = validateCustomField(input);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    requirePermission(await resolveActorAccess(tx, actor), 'organization:manage');
    // Serialises definitions of one agency, so the limit holds.
    await lockAgency(tx, actor.agencyId);
    const existing = await findCustomField(tx, actor.agencyId, key);
    if (!existing && (await countCustomFields(tx, actor.agencyId)) >= MAX_CUSTOM_FIELDS) {
      throw new DomainError('conflict', `An agency may define at most ${MAX_CUSTOM_FIELDS} custom fields.`, {
        fields: [{ field: 'key', message: `the agency already has ${MAX_CUSTOM_FIELDS} custom fields` }],
      });
    }
    const field = await saveCustomFieldLabel(tx, actor.agencyId, key, label);
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.custom_field.saved',
        subject: `agencies/${actor.agencyId}/custom-fields/${key}`,
        data: { agencyId: actor.agencyId, key, label, savedBy: actor.userId },
      },
      EVENT_SOURCE,
    );
    if (existing?.label !== label)
      await recordAudit(tx, actor, {
        action: 'custom_field.saved',
        targetType: 'custom_field',
        targetId: key,
        ...(existing ? { before: { label: existing.label } } : {}),
        after: { label },
      });
    return field;
  });
}
