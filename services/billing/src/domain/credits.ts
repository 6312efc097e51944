import { createHash } from 'node:crypto';
import { DomainError } from '@atrium/errors';
import { BILLING_ERRORS } from './errors';

/**
 * Credits are whole units (docs/billing.md "Credits and the ledger"). An amount above this could not
 * be summed exactly in a JavaScript number over a long ledger; no agency buys a trillion pieces.
 */
export const MAX_CREDITS = 1_000_000_000_000;

/** Whose credits an account holds; the CHECK constraints of the credits migration mirror this. */
export type AccountKind = 'agency' | 'client' | 'reserved' | 'consumed' | 'issued';

/** An account named by what it is for: the agency's own kinds have no client. */
export type AccountHolder =
  | { kind: 'agency' | 'consumed' | 'issued'; clientId?: undefined }
  | { kind: 'client' | 'reserved'; clientId: string };

/** Only the account bought credits come from may go below zero (docs/billing.md, no-overdraft rule). */
export function mayOverdraw(kind: AccountKind): boolean {
  return kind === 'issued';
}

/**
 * An amount of credits from a request: a whole number from 1 (or 0 when `allowZero`) to MAX_CREDITS.
 * int64 fields arrive as decimal strings; anything else answers validation_failed naming `field`.
 */
export function creditAmount(value: string | number, field: string, allowZero = false): number {
  const text = String(value);
  const amount = /^(0|[1-9][0-9]{0,12})$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(amount) || amount > MAX_CREDITS || amount < (allowZero ? 0 : 1))
    throw new DomainError(
      'validation_failed',
      `${field} must be a whole number of credits from ${allowZero ? 0 : 1} to ${MAX_CREDITS}.`,
      { fields: [{ field, message: `must be a whole number from ${allowZero ? 0 : 1} to ${MAX_CREDITS}` }] },
    );
  return amount;
}

/** An Idempotency-Key: 1 to 255 visible ASCII characters, as the gateway documents it. */
export function idempotencyKey(value: string): string {
  if (!/^[\x21-\x7e]{1,255}$/.test(value))
    throw new DomainError('validation_failed', 'Every movement of credits needs an Idempotency-Key.', {
      fields: [{ field: 'idempotencyKey', message: 'must be 1 to 255 visible ASCII characters' }],
    });
  return value;
}

/** What makes two requests under one key the same request: a hash of what they asked. */
export function requestHash(request: object): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

export function keyReused(): DomainError {
  return new DomainError(
    BILLING_ERRORS.idempotency_key_reused,
    'This idempotency key was used with another request; use a new key for a new request.',
  );
}

/** The 409 of a movement its giving account cannot afford, naming what it can. */
export function insufficientCredits(available: number, asked: number): DomainError {
  return new DomainError(
    BILLING_ERRORS.insufficient_credits,
    `Only ${available} credits are available; ${asked} were asked for.`,
    { fields: [{ field: 'amount', message: `exceeds the ${available} credits available` }] },
  );
}

export type TransferDirection = 'to_client' | 'to_agency';

/** A transfer between the agency and a client: the account it takes from and the one it gives to. */
export function transferAccounts(
  direction: TransferDirection,
  clientId: string,
): { debit: AccountHolder; credit: AccountHolder } {
  const agency: AccountHolder = { kind: 'agency' };
  const client: AccountHolder = { kind: 'client', clientId };
  return direction === 'to_client' ? { debit: agency, credit: client } : { debit: client, credit: agency };
}
