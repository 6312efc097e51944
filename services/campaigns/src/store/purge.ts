import type { Tx } from './db';

/**
 * Deletes everything campaigns holds of the client's prospect database, for the purge
 * (events/purge-client.ts): prospects, lists, custom fields, field mappings, counters and templates.
 */
export async function purgeProspectDatabase(tx: Tx, clientId: string): Promise<void> {
  await tx.template.deleteMany({ where: { clientId } });
  await tx.fieldMapping.deleteMany({ where: { clientId } });
  await tx.prospectField.deleteMany({ where: { clientId } });
  await tx.prospectListMember.deleteMany({ where: { clientId } });
  await tx.prospectList.deleteMany({ where: { clientId } });
  await tx.prospect.deleteMany({ where: { clientId } });
  await tx.clientProspectCounters.deleteMany({ where: { clientId } });
}
