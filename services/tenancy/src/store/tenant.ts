import { DomainError } from '@atrium/errors';
import { isUuid } from '../domain/ids';
import type { Db, Tx } from './db';

/**
 * Whom a transaction acts for. Row-level security (migration 20261201000000_row_level_security) shows
 * a transaction only the rows of its agency; the narrower tenants exist for lookups that start before
 * the agency is known and reveal exactly one row.
 */
export type Tenant =
  | { agencyId: string }
  /** The invitation with this token hash, and nothing else until switchAgency names its agency. */
  | { invitationTokenHash: string }
  /** The agency with this login slug, to read its public branding only. */
  | { loginSlug: string };

/**
 * Runs `work` in one transaction whose tenant is set transaction-locally, so it can never leak into the
 * next transaction on the same pooled connection. Every use case reaches the database through here
 * (GetAccess through the member_access function, which does the same in one statement).
 */
export function inTenant<T>(db: Db, tenant: Tenant, work: (tx: Tx) => Promise<T>): Promise<T> {
  if ('agencyId' in tenant) checkAgencyId(tenant.agencyId);
  return db.$transaction(async (tx) => {
    if ('agencyId' in tenant) await setAgency(tx, tenant.agencyId);
    else if ('invitationTokenHash' in tenant)
      await tx.$executeRawUnsafe(
        `SELECT set_config('app.invitation_token_hash', $1, true)`,
        tenant.invitationTokenHash,
      );
    else await tx.$executeRawUnsafe(`SELECT set_config('app.login_slug', $1, true)`, tenant.loginSlug);
    return work(tx);
  });
}

/**
 * Runs `work` in one transaction that names no tenant yet, so row-level security shows it no agency's
 * rows until switchAgency names one: for consumers of events that carry their agency's id.
 */
export function inTransactionWithoutTenant<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work);
}

/** Names the agency of a transaction begun for a narrower tenant, once that agency is known. */
export async function switchAgency(tx: Tx, agencyId: string): Promise<void> {
  checkAgencyId(agencyId);
  await setAgency(tx, agencyId);
}

/** A malformed agency id names no agency; the policies would fail to cast it. */
export function checkAgencyId(agencyId: string): void {
  if (!isUuid(agencyId)) throw new DomainError('not_found', 'No such agency.');
}

async function setAgency(tx: Tx, agencyId: string): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT set_config('app.agency_id', $1, true)`, agencyId);
}
