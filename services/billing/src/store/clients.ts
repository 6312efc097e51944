import type { ClientStatus, KnownClientStatus } from '../domain/client-status';
import type { Tx } from './db';

/** What billing knows of the client's status, in the transaction's agency; null when nothing. */
export async function findClientStatus(tx: Tx, clientId: string): Promise<KnownClientStatus | null> {
  const row = await tx.client.findUnique({
    where: { id: clientId },
    select: { status: true, statusChangedAt: true },
  });
  return row ? { status: row.status as ClientStatus, changedAt: row.statusChangedAt } : null;
}

/** Records the client's status as of `known.changedAt`, in the transaction's agency. */
export async function saveClientStatus(
  tx: Tx,
  agencyId: string,
  clientId: string,
  known: KnownClientStatus,
): Promise<void> {
  const fields = { status: known.status, statusChangedAt: known.changedAt };
  await tx.client.upsert({
    where: { id: clientId },
    create: { id: clientId, agencyId, ...fields },
    update: fields,
  });
}

/** The agency's clients that count against its plan, active and inactive together, as billing knows them. */
export async function countPlanClients(tx: Tx, agencyId: string): Promise<number> {
  return tx.client.count({ where: { agencyId, status: { in: ['active', 'inactive'] } } });
}
