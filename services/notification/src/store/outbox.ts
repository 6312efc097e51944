import type { Tx } from './db';

/** Deletes the outbox rows already published whose payload names the client; unpublished ones stay for the relay. */
export async function deletePublishedEventsAboutClient(
  tx: Tx,
  agencyId: string,
  clientId: string,
): Promise<void> {
  await tx.$executeRawUnsafe(
    `DELETE FROM outbox_events
      WHERE published_at IS NOT NULL AND data ->> 'agencyId' = $1 AND data ->> 'clientId' = $2`,
    agencyId,
    clientId,
  );
}
