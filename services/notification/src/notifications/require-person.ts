import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';

/** The person and agency a bell call acts for. */
export interface Person {
  userId: string;
  agencyId: string;
}

export function requirePerson(actor: Actor | undefined): Person {
  if (!actor?.userId || !actor.agencyId)
    throw new DomainError('unauthenticated', 'The call carries no acting identity.');
  return { userId: actor.userId, agencyId: actor.agencyId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A notification id from the caller, checked before it reaches a uuid column. */
export function notificationId(value: string, field: string): string {
  if (!UUID.test(value))
    throw new DomainError('validation_failed', 'The notification id is not valid.', {
      fields: [{ field, message: 'must be a notification id' }],
    });
  return value.toLowerCase();
}
