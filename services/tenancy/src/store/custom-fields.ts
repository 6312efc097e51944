import type { AgencyCustomField } from '../generated/prisma/client';
import type { Tx } from './db';

export type { AgencyCustomField };

/** The agency's custom fields, by key. */
export function listAgencyCustomFields(tx: Tx, agencyId: string): Promise<AgencyCustomField[]> {
  return tx.agencyCustomField.findMany({ where: { agencyId }, orderBy: { key: 'asc' } });
}

export function findCustomField(tx: Tx, agencyId: string, key: string): Promise<AgencyCustomField | null> {
  return tx.agencyCustomField.findUnique({ where: { agencyId_key: { agencyId, key } } });
}

/** Which of `keys` the agency has defined as custom fields. */
export async function definedCustomFieldKeys(tx: Tx, agencyId: string, keys: string[]): Promise<Set<string>> {
  const defined = await tx.agencyCustomField.findMany({
    where: { agencyId, key: { in: keys } },
    select: { key: true },
  });
  return new Set(defined.map((field) => field.key));
}

export function countCustomFields(tx: Tx, agencyId: string): Promise<number> {
  return tx.agencyCustomField.count({ where: { agencyId } });
}

/** Defines the field, or relabels it when the key is defined already. */
export function saveCustomFieldLabel(
  tx: Tx,
  agencyId: string,
  key: string,
  label: string,
): Promise<AgencyCustomField> {
  return tx.agencyCustomField.upsert({
    where: { agencyId_key: { agencyId, key } },
    create: { agencyId, key, label },
    update: { label },
  });
}

/** Deletes the field's definition (not the clients' values); answers whether there was one. */
export async function deleteCustomFieldDefinition(tx: Tx, agencyId: string, key: string): Promise<boolean> {
  const deleted = await tx.agencyCustomField.deleteMany({ where: { agencyId, key } });
  return deleted.count > 0;
}
