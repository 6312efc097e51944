import { randomUUID } from 'node:crypto';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/grpc';
import { inClient, type ClientScope } from '../clients/client-scope';
import { CAMPAIGNS_ERRORS } from '../domain/errors';
import { checkFieldKey, checkIds, checkName, valuesOf } from '../domain/prospect-fields';
import type { FieldMappingTarget, ProspectFieldType } from '../domain/prospect-status';
import {
  columnMapped,
  deleteFieldMapping as removeMapping,
  deleteProspectField as removeField,
  findFieldMapping,
  findProspectField,
  insertFieldMapping,
  insertProspectField,
  listFieldMappings as listMappings,
  listProspectFields as listFields,
  relabelProspectField,
  updateFieldMapping as saveMapping,
  type FieldMappingRecord,
  type ProspectFieldRecord,
} from '../store/field-mappings';
import { dropCustomFieldValues } from '../store/prospects';
import type { Db, Tx } from '../store/transaction';

/**
 * The client's custom prospect fields and the field mappings its CSV imports read columns with
 * (docs/campaigns.md "Field mappings"). Both change with field_mappings:write (docs/product.md
 * "Client roles"): the fields are what a mapping may target.
 */
const PERMISSION = 'field_mappings:write';

function required(field: string): DomainError {
  return new DomainError('validation_failed', `${field} is required.`, {
    fields: [{ field, message: 'is required' }],
  });
}

export function listProspectFields(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string },
): Promise<ProspectFieldRecord[]> {
  return inClient(db, actor, request.clientId, undefined, (tx, scope) => listFields(tx, scope.clientId));
}

async function requireField(tx: Tx, scope: ClientScope, key: string): Promise<ProspectFieldRecord> {
  const field = checkFieldKey(key).ok ? await findProspectField(tx, scope.clientId, key) : null;
  if (!field) throw new DomainError('not_found', 'No such prospect field.');
  return field;
}

export function createProspectField(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; key: string; label: string; type: ProspectFieldType | null },
): Promise<ProspectFieldRecord> {
  return inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    const { key, label } = valuesOf({
      key: checkFieldKey(request.key),
      label: checkName(request.label, 'label'),
    });
    if (!request.type) throw required('type');
    if (await findProspectField(tx, scope.clientId, key))
      throw new DomainError(CAMPAIGNS_ERRORS.prospect_field_exists, 'The client has a field with this key.', {
        fields: [{ field: 'key', message: 'is the key of another field of the client' }],
      });
    return insertProspectField(tx, scope, { key, label, type: request.type });
  });
}

export function updateProspectField(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; key: string; label: string },
): Promise<ProspectFieldRecord> {
  return inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    const field = await requireField(tx, scope, request.key);
    const { label } = valuesOf({ label: checkName(request.label, 'label') });
    return relabelProspectField(tx, scope.clientId, field.key, label);
  });
}

export async function deleteProspectField(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; key: string },
): Promise<void> {
  await inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    const field = await requireField(tx, scope, request.key);
    await dropCustomFieldValues(tx, scope.clientId, field.key);
    await removeField(tx, scope.clientId, field.key);
  });
}

export function listFieldMappings(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string },
): Promise<FieldMappingRecord[]> {
  return inClient(db, actor, request.clientId, undefined, (tx, scope) => listMappings(tx, scope.clientId));
}

/** A target and, for `custom`, a custom field of the client. */
async function targetOf(
  tx: Tx,
  scope: ClientScope,
  target: FieldMappingTarget | null,
  customFieldKey: string,
): Promise<{ target: FieldMappingTarget; customFieldKey: string | null }> {
  if (!target) throw required('target');
  if (target !== 'custom') {
    if (customFieldKey !== '')
      throw new DomainError('validation_failed', 'Only a custom target names a custom field.', {
        fields: [{ field: 'customFieldKey', message: 'must be empty unless target is custom' }],
      });
    return { target, customFieldKey: null };
  }
  const field = checkFieldKey(customFieldKey, 'customFieldKey').ok
    ? await findProspectField(tx, scope.clientId, customFieldKey)
    : null;
  if (!field)
    throw new DomainError('validation_failed', 'The client has no such custom prospect field.', {
      fields: [
        { field: 'customFieldKey', message: 'must be the key of a custom prospect field of the client' },
      ],
    });
  return { target, customFieldKey: field.key };
}

function columnInUse(): DomainError {
  return new DomainError(CAMPAIGNS_ERRORS.field_mapping_exists, 'The client maps this column already.', {
    fields: [{ field: 'column', message: 'is mapped by another mapping of the client' }],
  });
}

export function createFieldMapping(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; column: string; target: FieldMappingTarget | null; customFieldKey: string },
): Promise<FieldMappingRecord> {
  return inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    const { column } = valuesOf({ column: checkName(request.column, 'column') });
    const target = await targetOf(tx, scope, request.target, request.customFieldKey);
    if (await columnMapped(tx, scope.clientId, column)) throw columnInUse();
    return insertFieldMapping(tx, scope, randomUUID(), { column, ...target });
  });
}

async function requireMapping(tx: Tx, scope: ClientScope, mappingId: string): Promise<FieldMappingRecord> {
  const checked = checkIds([mappingId], 'mappingId');
  const mapping = checked.ok ? await findFieldMapping(tx, scope.clientId, checked.value[0]!) : null;
  if (!mapping) throw new DomainError('not_found', 'No such field mapping.');
  return mapping;
}

export function updateFieldMapping(
  db: Db,
  actor: Actor | undefined,
  request: {
    clientId: string;
    mappingId: string;
    column?: string;
    target: FieldMappingTarget | null;
    customFieldKey: string;
  },
): Promise<FieldMappingRecord> {
  return inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    const mapping = await requireMapping(tx, scope, request.mappingId);
    const { column } = valuesOf({ column: checkName(request.column ?? mapping.column, 'column') });
    const target = request.target
      ? await targetOf(tx, scope, request.target, request.customFieldKey)
      : { target: mapping.target, customFieldKey: mapping.customFieldKey };
    if (await columnMapped(tx, scope.clientId, column, mapping.id)) throw columnInUse();
    return saveMapping(tx, mapping.id, { column, ...target });
  });
}

export async function deleteFieldMapping(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; mappingId: string },
): Promise<void> {
  await inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    await removeMapping(tx, (await requireMapping(tx, scope, request.mappingId)).id);
  });
}
