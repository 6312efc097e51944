import type { Tx } from './db';

/**
 * Deletes the outbox rows whose payload names the client, published or not: they announce bell
 * notifications the purge deletes in the same transaction, so one still waiting for the relay
 * announces nothing that exists any more, and its title names the client. A row the relay holds
 * locked while it publishes is deleted once the relay has committed.
 */
export async function deleteEventsAboutClient(tx: Tx, agencyId: string, clientId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `DELETE FROM outbox_events WHERE data ->> 'agencyId' = $1 AND data ->> 'clientId' = $2`,
    agencyId,
    clientId,
  );
}
