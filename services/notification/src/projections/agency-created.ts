import type { EventEnvelope } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { z } from 'zod';
import { readEvent } from '../events/read-event';
import { rememberDefaultAgency, upsertAgencyName } from '../store/brandings';
import type { Tx } from '../store/transaction';

const AgencyCreated = z.object({ agencyId: z.uuid(), name: z.string().min(1), ownerUserId: z.uuid() });

/** agency.created → the agency enters the branding projection, and is its owner's first agency. */
export async function projectAgencyCreated(tx: Tx, logger: Logger, event: EventEnvelope): Promise<void> {
  const agency = readEvent(AgencyCreated, event, logger);
  if (!agency) return;
  await upsertAgencyName(tx, agency.agencyId, agency.name);
  await rememberDefaultAgency(tx, agency.ownerUserId, agency.agencyId, { replace: false });
}
