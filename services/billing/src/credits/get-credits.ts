import { DomainError } from '@atrium/errors';
import { requireAgencyPermission, requireClientPermission } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';
import { BILLING_ERRORS } from '../domain/errors';
import type { AccountHolder } from '../domain/credits';
import { findClientStatus } from '../store/clients';
import { findBalances, listEntries, type ListedEntry } from '../store/ledger';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { clientIdOf } from './client-account';

export interface CreditsRequest {
  /** Empty: the agency's own credits. */
  clientId: string;
  limit: number;
  cursor: string;
}

export interface Credits {
  available: number;
  reserved: number;
  entries: ListedEntry[];
  nextCursor: string | null;
}

const DEFAULT_LIMIT = 25;

function pageOf(request: CreditsRequest): { limit: number; beforeSeq: string | null } {
  const limit = request.limit === 0 ? DEFAULT_LIMIT : request.limit;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new DomainError('validation_failed', 'limit must be from 1 to 100.', {
      fields: [{ field: 'limit', message: 'must be from 1 to 100' }],
    });
  if (request.cursor !== '' && !/^[1-9][0-9]{0,17}$/.test(request.cursor))
    throw new DomainError('validation_failed', 'The cursor is not one this list answered.', {
      fields: [{ field: 'cursor', message: 'is not a cursor of this list' }],
    });
  return { limit, beforeSeq: request.cursor === '' ? null : request.cursor };
}

/**
 * The agency's credits (billing:read) or a client's (entry to the client): what is available, what
 * open reservations hold, and the available account's ledger newest first, whose amounts sum to it.
 */
export async function getCredits(
  db: Db,
  actor: Actor | undefined,
  request: CreditsRequest,
): Promise<Credits> {
  const page = pageOf(request);
  const clientId = request.clientId === '' ? undefined : clientIdOf(request.clientId);
  const { agencyId } = clientId
    ? requireClientPermission(actor, clientId)
    : requireAgencyPermission(actor, 'billing:read');
  return inTenant(db, { agencyId }, async (tx) => {
    if (clientId && (await findClientStatus(tx, clientId))?.status === 'deleted')
      throw new DomainError(BILLING_ERRORS.client_deleted, 'The client is deleted.');
    const holder: AccountHolder = clientId ? { kind: 'client', clientId } : { kind: 'agency' };
    const reservedHolder: AccountHolder[] = clientId ? [{ kind: 'reserved', clientId }] : [];
    const [available, reserved = 0] = await findBalances(tx, agencyId, [holder, ...reservedHolder]);
    const entries = await listEntries(tx, agencyId, holder, { ...page, limit: page.limit + 1 });
    const more = entries.length > page.limit;
    const shown = entries.slice(0, page.limit);
    return {
      available: available!,
      reserved,
      entries: shown,
      nextCursor: more ? shown[shown.length - 1]!.seq : null,
    };
  });
}
