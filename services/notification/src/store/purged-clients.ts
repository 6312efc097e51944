import type { Tx } from './db';

/**
 * Of these client ids, those whose data was purged (tenancy's client deletion saga): an event about
 * them handled late, such as a retried client.deactivated, must not bring back a notice or an email
 * naming them.
 */
export async function purgedClientIds(tx: Tx, clientIds: ReadonlyArray<string | null>): Promise<Set<string>> {
  const ids = [...new Set(clientIds.filter((id): id is string => id !== null && id !== ''))];
  if (ids.length === 0) return new Set();
  const rows = await tx.purgedClient.findMany({
    where: { clientId: { in: ids } },
    select: { clientId: true },
  });
  return new Set(rows.map((row) => row.clientId));
}

/** Records the client as purged; recording it again changes nothing. */
export async function recordPurgedClient(tx: Tx, agencyId: string, clientId: string): Promise<void> {
  await tx.purgedClient.createMany({ data: [{ clientId, agencyId }], skipDuplicates: true });
}
