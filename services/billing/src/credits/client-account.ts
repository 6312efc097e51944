import { DomainError } from '@atrium/errors';
import { BILLING_ERRORS } from '../domain/errors';
import { isUuid } from '../domain/ids';
import { findClientStatus } from '../store/clients';
import type { Tx } from '../store/transaction';

/**
 * The client a movement names, as billing's projection of tenancy's events knows it. An inactive
 * client still holds and moves credits (its data still counts, docs/product.md "Client lifecycle");
 * a deleted one has nothing left to move to or from.
 */
export async function requireMovableClient(tx: Tx, clientId: string): Promise<void> {
  const known = isUuid(clientId) ? await findClientStatus(tx, clientId) : null;
  if (!known) throw new DomainError('not_found', 'No such client.');
  if (known.status === 'deleted')
    throw new DomainError(BILLING_ERRORS.client_deleted, 'The client is deleted.');
}

/** A client id from a request, or validation_failed naming `field`. */
export function clientIdOf(value: string, field = 'clientId'): string {
  if (!isUuid(value))
    throw new DomainError('validation_failed', `${field} must be a client id.`, {
      fields: [{ field, message: 'must be a UUID' }],
    });
  return value;
}
