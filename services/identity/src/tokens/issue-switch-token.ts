import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requirePerson } from '../accounts/require-person';
import type { IdentityDeps } from '../accounts/deps';
import { isUuid } from '../domain/ids';
import { findOpenSession } from '../store/sessions';
import { signSwitchToken, type SignedSwitchToken } from './switch-tokens';

/**
 * A switch token for the caller's current session, confined to `clientId`. Tenancy has already decided
 * that the caller may enter the client (StartClientSwitch); identity decides whose token it is: only a
 * person's own open session in the agency it acts in, and never from a switch token, so a token
 * confined to one client cannot be turned into one for another.
 */
export async function issueSwitchToken(
  deps: Pick<IdentityDeps, 'db' | 'keys' | 'tokens'>,
  actorOrNone: Actor | undefined,
  clientId: string,
): Promise<SignedSwitchToken & { clientId: string }> {
  const actor = requirePerson(actorOrNone);
  if (actor.actingAsClientId)
    throw new DomainError(
      'forbidden',
      'A switch token cannot start another switch; use your own access token.',
    );
  if (!isUuid(clientId))
    throw new DomainError('validation_failed', 'The client id is not valid.', {
      fields: [{ field: 'clientId', message: 'must be a uuid' }],
    });
  const sessionId = actor.sessionId;
  const session =
    sessionId && isUuid(sessionId) && actor.agencyId
      ? await findOpenSession(deps.db, { id: sessionId, userId: actor.userId, agencyId: actor.agencyId })
      : null;
  if (!session) throw new DomainError('unauthenticated', 'The session has ended; sign in again.');
  const signed = await signSwitchToken(
    deps.keys,
    deps.tokens,
    { userId: actor.userId, agencyId: session.agencyId!, sessionId: session.id, clientId },
    session.expiresAt,
  );
  return { ...signed, clientId };
}
