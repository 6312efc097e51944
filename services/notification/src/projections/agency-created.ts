import type { ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { requireIds } from '@atrium/events';
import { rememberDefaultAgency, upsertAgencyName } from '../store/brandings';
import type { Tx } from '../store/transaction';

/** agency.created → the agency enters the branding projection, and is its owner's first agency. */
export async function projectAgencyCreated(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.tenancy.v1.agency.created'>,
): Promise<void> {
  const agency = event.data;
  if (!requireIds(logger, event, { agencyId: agency.agencyId, ownerUserId: agency.ownerUserId })) return;
  await upsertAgencyName(tx, agency.agencyId, agency.name);
  await rememberDefaultAgency(tx, agency.ownerUserId, agency.agencyId, { replace: false });
}
