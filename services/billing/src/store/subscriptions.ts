import { randomUUID } from 'node:crypto';
import type { SubscriptionRecord, SubscriptionStatus } from '../domain/subscriptions';
import type { Db, Tx } from './db';

type SubscriptionRow = Omit<SubscriptionRecord, 'status' | 'version'> & { status: string; version: bigint };

function subscriptionOf(row: SubscriptionRow): SubscriptionRecord {
  return { ...row, status: row.status as SubscriptionStatus, version: Number(row.version) };
}

const SUBSCRIPTION_SELECT = {
  agencyId: true,
  planId: true,
  status: true,
  currentPeriodStart: true,
  currentPeriodEnd: true,
  pastDueSince: true,
  nextRetryAt: true,
  contactLookupUserId: true,
  version: true,
} as const;

/** The agency's subscription, in the transaction's agency; null when it has none yet. */
export async function findSubscription(tx: Tx, agencyId: string): Promise<SubscriptionRecord | null> {
  const row = await tx.subscription.findUnique({ where: { agencyId }, select: SUBSCRIPTION_SELECT });
  return row && subscriptionOf(row);
}

/**
 * The agency's subscription under its row lock until the transaction ends: plan changes and fee charges
 * of one agency queue here, so each sees the other's outcome.
 */
export async function lockSubscription(tx: Tx, agencyId: string): Promise<SubscriptionRecord | null> {
  const rows = await tx.$queryRawUnsafe<{ agencyId: string }[]>(
    `SELECT agency_id AS "agencyId" FROM subscriptions WHERE agency_id = $1::uuid FOR UPDATE`,
    agencyId,
  );
  return rows.length === 0 ? null : findSubscription(tx, agencyId);
}

/** Opens the agency's subscription unless it has one; answers whether this call opened it. */
export async function insertSubscription(
  tx: Tx,
  subscription: Pick<
    SubscriptionRecord,
    'agencyId' | 'planId' | 'currentPeriodStart' | 'currentPeriodEnd' | 'contactLookupUserId'
  >,
): Promise<boolean> {
  const inserted = await tx.$executeRawUnsafe(
    `INSERT INTO subscriptions (agency_id, plan_id, status, current_period_start, current_period_end,
       contact_lookup_user_id)
     VALUES ($1::uuid, $2, 'active', $3, $4, $5)
     ON CONFLICT (agency_id) DO NOTHING`,
    subscription.agencyId,
    subscription.planId,
    subscription.currentPeriodStart,
    subscription.currentPeriodEnd,
    subscription.contactLookupUserId,
  );
  return inserted === 1;
}

/** Writes the changed fields and counts the change in `version`; answers the subscription as it now is. */
export async function updateSubscription(
  tx: Tx,
  agencyId: string,
  change: Partial<
    Pick<
      SubscriptionRecord,
      'planId' | 'status' | 'currentPeriodStart' | 'currentPeriodEnd' | 'pastDueSince' | 'nextRetryAt'
    >
  >,
): Promise<SubscriptionRecord> {
  const row = await tx.subscription.update({
    where: { agencyId },
    data: { ...change, version: { increment: 1 }, updatedAt: new Date() },
    select: SUBSCRIPTION_SELECT,
  });
  return subscriptionOf(row);
}

/** Agencies whose fee is due at `dueAt`, past row-level security (ids only; the migration's function). */
export async function findDueSubscriptions(db: Db, dueAt: Date, batch: number): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ agencyId: string }[]>(
    `SELECT agency_id AS "agencyId" FROM subscriptions_due($1::timestamptz, $2::int)`,
    dueAt,
    batch,
  );
  return rows.map((row) => row.agencyId);
}

export type FeeChargeStatus = 'pending' | 'failed' | 'succeeded';

export interface FeeChargeRecord {
  id: string;
  agencyId: string;
  periodStart: Date;
  periodEnd: Date;
  planId: string;
  amountMinor: number;
  currency: string;
  status: FeeChargeStatus;
  attempts: number;
  claimedUntil: Date | null;
}

const CHARGE_SELECT = {
  id: true,
  agencyId: true,
  periodStart: true,
  periodEnd: true,
  planId: true,
  amountMinor: true,
  currency: true,
  status: true,
  attempts: true,
  claimedUntil: true,
} as const;

function chargeOf(
  row: Omit<FeeChargeRecord, 'amountMinor' | 'status'> & { amountMinor: bigint; status: string },
) {
  return { ...row, amountMinor: Number(row.amountMinor), status: row.status as FeeChargeStatus };
}

/** The fee charge of the agency's period starting at `periodStart`, if one was taken. */
export async function findFeeCharge(
  tx: Tx,
  agencyId: string,
  periodStart: Date,
): Promise<FeeChargeRecord | null> {
  const row = await tx.subscriptionCharge.findUnique({
    where: { agencyId_periodStart: { agencyId, periodStart } },
    select: CHARGE_SELECT,
  });
  return row && chargeOf(row);
}

/** Takes the period's one charge row, as the first attempt claimed until `claimedUntil`. */
export async function insertFeeCharge(
  tx: Tx,
  charge: Pick<
    FeeChargeRecord,
    'agencyId' | 'periodStart' | 'periodEnd' | 'planId' | 'amountMinor' | 'currency'
  > & {
    claimedUntil: Date;
  },
): Promise<FeeChargeRecord> {
  const row = await tx.subscriptionCharge.create({
    data: {
      id: randomUUID(),
      ...charge,
      amountMinor: BigInt(charge.amountMinor),
      status: 'pending',
      attempts: 1,
    },
    select: CHARGE_SELECT,
  });
  return chargeOf(row);
}

export async function updateFeeCharge(
  tx: Tx,
  chargeId: string,
  change: Partial<
    Pick<FeeChargeRecord, 'planId' | 'amountMinor' | 'currency' | 'status' | 'attempts' | 'claimedUntil'>
  > & {
    lastFailure?: string | null;
    providerPaymentId?: string | null;
  },
): Promise<FeeChargeRecord> {
  const { amountMinor, ...rest } = change;
  const row = await tx.subscriptionCharge.update({
    where: { id: chargeId },
    data: {
      ...rest,
      ...(amountMinor !== undefined && { amountMinor: BigInt(amountMinor) }),
      updatedAt: new Date(),
    },
    select: CHARGE_SELECT,
  });
  return chargeOf(row);
}

export interface PlanChangeRecord {
  id: string;
  planId: string;
  status: 'pending' | 'done';
  chargedAmountMinor: number;
  currency: string;
  periodEnd: Date;
}

/** The plan change made under the agency's Idempotency-Key, if any. */
export async function findPlanChange(
  tx: Tx,
  agencyId: string,
  idempotencyKey: string,
): Promise<PlanChangeRecord | null> {
  const row = await tx.subscriptionChange.findUnique({
    where: { agencyId_idempotencyKey: { agencyId, idempotencyKey } },
    select: {
      id: true,
      planId: true,
      status: true,
      chargedAmountMinor: true,
      currency: true,
      periodEnd: true,
    },
  });
  return (
    row && {
      ...row,
      status: row.status as 'pending' | 'done',
      chargedAmountMinor: Number(row.chargedAmountMinor),
    }
  );
}

export async function insertPlanChange(
  tx: Tx,
  change: Omit<PlanChangeRecord, 'id'> & { agencyId: string; idempotencyKey: string; actorId: string | null },
): Promise<PlanChangeRecord> {
  const id = randomUUID();
  await tx.subscriptionChange.create({
    data: { id, ...change, chargedAmountMinor: BigInt(change.chargedAmountMinor) },
  });
  return { id, ...change };
}

export async function markPlanChangeDone(tx: Tx, changeId: string): Promise<void> {
  await tx.subscriptionChange.update({ where: { id: changeId }, data: { status: 'done' } });
}

/** Forgets a change whose charge was declined, so its key may be used again. */
export async function deletePlanChange(tx: Tx, changeId: string): Promise<void> {
  await tx.subscriptionChange.deleteMany({ where: { id: changeId, status: 'pending' } });
}
