import type { ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { requireIds } from '@atrium/events';
import { rememberDefaultAgency } from '../store/brandings';
import type { Tx } from '../store/transaction';

/** user.registered → the agency a person signed up with or was invited to becomes their default. */
export async function projectUserRegistered(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.identity.v1.user.registered'>,
): Promise<void> {
  const user = event.data;
  // agencyId is empty for a person who signed up without an agency.
  if (!user.agencyId || !requireIds(logger, event, { userId: user.userId, agencyId: user.agencyId })) return;
  await rememberDefaultAgency(tx, user.userId, user.agencyId, { replace: false });
}
