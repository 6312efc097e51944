import { requireIds, type ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { saveProspectCounters } from '../store/client-counters';
import { switchAgency } from '../store/tenant';
import type { Tx } from '../store/transaction';

/** The largest count a client row's integer column holds. */
const MAX_COUNT = 2 ** 31 - 1;

/**
 * campaigns' client_counters.changed → the stored and connected prospects on the client's row, which
 * the client list sorts and filters on without asking campaigns (docs/campaigns.md "Counters"). The
 * event's version decides: one older than the counts already stored (a retry overtaken by a newer
 * event) changes nothing, so a counter never goes back.
 */
export async function projectProspectCounters(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.campaigns.v1.client_counters.changed'>,
): Promise<void> {
  const { agencyId, clientId } = event.data;
  if (!requireIds(logger, event, { agencyId, clientId })) return;
  const storedProspects = countOf(event.data.storedProspects);
  const connectedProspects = countOf(event.data.connectedProspects);
  const version = /^\d{1,19}$/.test(event.data.version) ? BigInt(event.data.version) : undefined;
  if (storedProspects === undefined || connectedProspects === undefined || version === undefined) {
    logger.error(
      { eventId: event.id, eventType: event.type, clientId },
      'client_counters.changed with counts or a version out of range; skipped',
    );
    return;
  }
  await switchAgency(tx, agencyId);
  const saved = await saveProspectCounters(tx, { clientId, storedProspects, connectedProspects, version });
  if (!saved)
    logger.debug(
      { clientId, version: event.data.version },
      'prospect counters not newer than the stored ones',
    );
}

function countOf(value: string): number | undefined {
  const count = Number(value);
  return Number.isInteger(count) && count >= 0 && count <= MAX_COUNT ? count : undefined;
}
