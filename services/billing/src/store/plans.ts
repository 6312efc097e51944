import type { Plan } from '../domain/subscriptions';
import type { Tx } from './db';

type PlanRow = {
  id: string;
  name: string;
  monthlyFeeMinor: bigint;
  currency: string;
  clientLimit: number | null;
  features: string[];
  isDefault: boolean;
};

function planOf(row: PlanRow): Plan {
  return { ...row, monthlyFeeMinor: Number(row.monthlyFeeMinor) };
}

/** Every plan of the catalogue, cheapest first. */
export async function listPlans(tx: Tx): Promise<Plan[]> {
  const rows = await tx.plan.findMany({ orderBy: [{ monthlyFeeMinor: 'asc' }, { id: 'asc' }] });
  return rows.map(planOf);
}

export async function findPlan(tx: Tx, planId: string): Promise<Plan | null> {
  const row = await tx.plan.findUnique({ where: { id: planId } });
  return row && planOf(row);
}

/** Where sign-up puts a new agency (the migration seeds exactly one). */
export async function findDefaultPlan(tx: Tx): Promise<Plan> {
  const row = await tx.plan.findFirst({ where: { isDefault: true } });
  if (!row) throw new Error('the plan catalogue has no default plan');
  return planOf(row);
}
