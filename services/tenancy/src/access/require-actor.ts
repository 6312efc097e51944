import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';

/** An actor acting within an agency, as every agency-scoped RPC needs. */
export function requireActor(actor: Actor | undefined): Actor & { agencyId: string } {
  if (!actor?.userId || !actor.agencyId)
    throw new DomainError('unauthenticated', 'The call carries no acting identity.');
  return { ...actor, agencyId: actor.agencyId };
}
