import type { ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { isEventType, type EventType } from '@atrium/proto';
import { isUuid } from '../domain/ids';
import { lockOpenDeletion, markReported } from '../store/client-deletions';
import { switchAgency } from '../store/tenant';
import type { Tx } from '../store/transaction';
import { purgeClient } from './purge-client';

/** The report of every participant whose protos declare one: `atrium.campaigns.v1.client.purged`. */
export type ClientPurgedType = Extract<EventType, `atrium.${string}.v1.client.purged`>;

export function isClientPurgedType(type: string): type is ClientPurgedType {
  return isEventType(type) && /^atrium\.[a-z]+\.v1\.client\.purged$/.test(type);
}

/**
 * A participant's atrium.<service>.v1.client.purged: takes it off the deletion's pending list and,
 * when it was the last, purges tenancy's own data of the client in the same transaction. A report
 * for no open deletion (a repeat after completion, or a service tenancy did not wait for) changes
 * nothing; the consumer's inbox already drops redeliveries of the same event.
 */
export async function recordPurgeReport(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<ClientPurgedType>,
): Promise<void> {
  const { agencyId, clientId } = event.data;
  if (!isUuid(agencyId) || !isUuid(clientId)) {
    logger.error(
      { eventId: event.id, eventType: event.type },
      'client.purged without agency or client id; ignored',
    );
    return;
  }
  await switchAgency(tx, agencyId);
  const deletion = await lockOpenDeletion(tx, clientId);
  // The publisher, as the event type names it: each participant publishes on its own stream.
  const reporter = serviceOf(event.type);
  if (!deletion || !deletion.pending.includes(reporter)) {
    logger.info(
      { eventId: event.id, clientId, service: reporter },
      'purge report for no open deletion; ignored',
    );
    return;
  }
  const pending = await markReported(tx, deletion, reporter);
  logger.info({ clientId, service: reporter, pending }, 'participant purged the client');
  if (pending.length === 0) await purgeClient(tx, agencyId, clientId);
}

/** `atrium.campaigns.v1.client.purged` → `campaigns`. */
function serviceOf(eventType: string): string {
  return eventType.split('.')[1] ?? '';
}
