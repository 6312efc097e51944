import type { EventEnvelope } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { z } from 'zod';
import { readEvent } from '../events/read-event';
import { rememberDefaultAgency } from '../store/brandings';
import type { Tx } from '../store/transaction';

const UserRegistered = z.object({ userId: z.uuid(), agencyId: z.union([z.uuid(), z.literal('')]) });

/** user.registered → the agency a person signed up with or was invited to becomes their default. */
export async function projectUserRegistered(tx: Tx, logger: Logger, event: EventEnvelope): Promise<void> {
  const user = readEvent(UserRegistered, event, logger);
  if (!user?.agencyId) return;
  await rememberDefaultAgency(tx, user.userId, user.agencyId, { replace: false });
}
