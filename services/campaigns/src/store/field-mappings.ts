import type { FieldMappingTarget, ProspectFieldType } from '../domain/prospect-status';
import type { Tx } from './db';

/** A custom field the client's prospects may carry. */
export interface ProspectFieldRecord {
  key: string;
  label: string;
  type: ProspectFieldType;
  createdAt: Date;
}

/** How one CSV column is read on import. */
export interface FieldMappingRecord {
  id: string;
  clientId: string;
  column: string;
  target: FieldMappingTarget;
  customFieldKey: string | null;
  createdAt: Date;
}

export async function listProspectFields(tx: Tx, clientId: string): Promise<ProspectFieldRecord[]> {
  const rows = await tx.prospectField.findMany({
    where: { clientId },
    orderBy: [{ createdAt: 'asc' }, { key: 'asc' }],
    select: { key: true, label: true, type: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, type: row.type as ProspectFieldType }));
}

/** The client's custom fields by key: what prospect values are checked against. */
export async function prospectFieldTypes(tx: Tx, clientId: string): Promise<Map<string, ProspectFieldType>> {
  return new Map((await listProspectFields(tx, clientId)).map((field) => [field.key, field.type]));
}

export async function findProspectField(
  tx: Tx,
  clientId: string,
  key: string,
): Promise<ProspectFieldRecord | null> {
  const row = await tx.prospectField.findUnique({
    where: { clientId_key: { clientId, key } },
    select: { key: true, label: true, type: true, createdAt: true },
  });
  return row ? { ...row, type: row.type as ProspectFieldType } : null;
}

export async function insertProspectField(
  tx: Tx,
  scope: { agencyId: string; clientId: string },
  field: { key: string; label: string; type: ProspectFieldType },
): Promise<ProspectFieldRecord> {
  const row = await tx.prospectField.create({ data: { ...scope, ...field, createdAt: new Date() } });
  return { key: row.key, label: row.label, type: row.type as ProspectFieldType, createdAt: row.createdAt };
}

export async function relabelProspectField(
  tx: Tx,
  clientId: string,
  key: string,
  label: string,
): Promise<ProspectFieldRecord> {
  const row = await tx.prospectField.update({ where: { clientId_key: { clientId, key } }, data: { label } });
  return { key: row.key, label: row.label, type: row.type as ProspectFieldType, createdAt: row.createdAt };
}

/** Deletes the field; the mappings onto it go with it (the migration's foreign key). */
export async function deleteProspectField(tx: Tx, clientId: string, key: string): Promise<void> {
  await tx.prospectField.delete({ where: { clientId_key: { clientId, key } } });
}

const MAPPING_SELECT = {
  id: true,
  clientId: true,
  column: true,
  target: true,
  customFieldKey: true,
  createdAt: true,
} as const;

function mappingOf(row: Omit<FieldMappingRecord, 'target'> & { target: string }): FieldMappingRecord {
  return { ...row, target: row.target as FieldMappingTarget };
}

export async function listFieldMappings(tx: Tx, clientId: string): Promise<FieldMappingRecord[]> {
  const rows = await tx.fieldMapping.findMany({
    where: { clientId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: MAPPING_SELECT,
  });
  return rows.map(mappingOf);
}

export async function findFieldMapping(
  tx: Tx,
  clientId: string,
  id: string,
): Promise<FieldMappingRecord | null> {
  const row = await tx.fieldMapping.findFirst({ where: { id, clientId }, select: MAPPING_SELECT });
  return row ? mappingOf(row) : null;
}

/** Whether another mapping of the client than `exceptId` reads the column, compared case-insensitively. */
export async function columnMapped(
  tx: Tx,
  clientId: string,
  column: string,
  exceptId?: string,
): Promise<boolean> {
  const rows: unknown[] = await tx.$queryRawUnsafe(
    `SELECT 1 FROM field_mappings WHERE client_id = $1::uuid AND lower("column") = lower($2)
        AND ($3::uuid IS NULL OR id <> $3::uuid)`,
    clientId,
    column,
    exceptId ?? null,
  );
  return rows.length > 0;
}

export async function insertFieldMapping(
  tx: Tx,
  scope: { agencyId: string; clientId: string },
  id: string,
  mapping: { column: string; target: FieldMappingTarget; customFieldKey: string | null },
): Promise<FieldMappingRecord> {
  return mappingOf(
    await tx.fieldMapping.create({
      data: { id, ...scope, ...mapping, createdAt: new Date() },
      select: MAPPING_SELECT,
    }),
  );
}

export async function updateFieldMapping(
  tx: Tx,
  id: string,
  mapping: { column: string; target: FieldMappingTarget; customFieldKey: string | null },
): Promise<FieldMappingRecord> {
  return mappingOf(await tx.fieldMapping.update({ where: { id }, data: mapping, select: MAPPING_SELECT }));
}

export async function deleteFieldMapping(tx: Tx, id: string): Promise<void> {
  await tx.fieldMapping.delete({ where: { id } });
}
