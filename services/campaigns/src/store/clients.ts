import type { ClientStatus, KnownClientStatus } from '../domain/client-status';
import type { Tx } from './db';

/** What campaigns knows of the client's status, in the transaction's agency; null when nothing. */
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

/** Whether the projection knows the client as the agency's master, and as of when; null when unknown. */
export async function findClientMaster(
  tx: Tx,
  clientId: string,
): Promise<{ isMaster: boolean; changedAt: Date | null } | null> {
  const row = await tx.client.findUnique({
    where: { id: clientId },
    select: { isMaster: true, masterChangedAt: true },
  });
  return row ? { isMaster: row.isMaster, changedAt: row.masterChangedAt } : null;
}

/**
 * Records whether the client is the agency's master as of `changedAt`, in the transaction's agency. A
 * client the projection has not heard of yet is recorded with `status` as of the epoch, so tenancy's
 * own lifecycle event, whenever it is handled, still decides its status.
 */
export async function saveClientMaster(
  tx: Tx,
  agencyId: string,
  clientId: string,
  master: { isMaster: boolean; changedAt: Date; status: ClientStatus },
): Promise<void> {
  const fields = { isMaster: master.isMaster, masterChangedAt: master.changedAt };
  await tx.client.upsert({
    where: { id: clientId },
    create: { id: clientId, agencyId, status: master.status, statusChangedAt: new Date(0), ...fields },
    update: fields,
  });
}

/** The clients of the transaction's agency among `clientIds` the projection knows, and what it knows. */
export async function findClients(
  tx: Tx,
  clientIds: readonly string[],
): Promise<Map<string, { status: ClientStatus; isMaster: boolean }>> {
  const rows = await tx.client.findMany({
    where: { id: { in: [...clientIds] } },
    select: { id: true, status: true, isMaster: true },
  });
  return new Map(rows.map((row) => [row.id, { status: row.status as ClientStatus, isMaster: row.isMaster }]));
}
