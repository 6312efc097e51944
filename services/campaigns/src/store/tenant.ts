import { DomainError } from '@atrium/errors';
import { isUuid } from '../domain/ids';
import type { Db, Tx } from './db';

/** Whom a transaction acts for: row-level security shows it only this agency's rows. */
export type Tenant = { agencyId: string };

/**
 * Runs `work` in one transaction whose agency is set transaction-locally, so it can never leak into
 * the next transaction on the same pooled connection. Row-level security (the migration that creates
 * atrium_campaigns_app) shows the transaction only that agency's rows. Every use case reaches the
 * database through here.
 */
export function inTenant<T>(
  db: Db,
  tenant: Tenant,
  work: (tx: Tx) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  checkAgencyId(tenant.agencyId);
  return db.$transaction(async (tx) => {
    await setAgency(tx, tenant.agencyId);
    return work(tx);
  }, options);
}

/**
 * How long a transaction may wait for a connection and run (Prisma's defaults: 2 s and 5 s). Work
 * that queues on one row lock, as movements of one account do, needs longer than the defaults.
 */
export interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
}

/**
 * Runs `work` in one transaction that names no agency yet, so row-level security shows it no agency's
 * rows until switchAgency names one: for consumers of events that carry their agency's id.
 */
export function inTransactionWithoutTenant<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work);
}

/** Names the agency of a transaction begun without one, once the event has told it. */
export async function switchAgency(tx: Tx, agencyId: string): Promise<void> {
  checkAgencyId(agencyId);
  await setAgency(tx, agencyId);
}

/** A malformed agency id names no agency; the policies would fail to cast it. */
function checkAgencyId(agencyId: string): void {
  if (!isUuid(agencyId)) throw new DomainError('not_found', 'No such agency.');
}

async function setAgency(tx: Tx, agencyId: string): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT set_config('app.agency_id', $1, true)`, agencyId);
}
