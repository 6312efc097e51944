import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';

/** A person signed in with an access token: what every self-service RPC needs. API keys are refused. */
export function requirePerson(actor: Actor | undefined): Actor {
  if (!actor?.userId) throw new DomainError('unauthenticated', 'The call carries no acting identity.');
  if (actor.apiKeyId) {
    throw new DomainError('forbidden', "This needs a person's access token; an API key cannot do it.");
  }
  return actor;
}
