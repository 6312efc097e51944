import { findPlanLimit } from '../store/plan-limits';
import type { Tx } from '../store/transaction';

/**
 * The clients the agency's plan allows, active and inactive together; null when unlimited. From
 * billing's subscription events (project-subscription.ts), or `defaultLimit` (PLAN_CLIENT_LIMIT) while
 * billing has told nothing of the agency.
 */
export async function planClientLimitOf(
  tx: Tx,
  agencyId: string,
  defaultLimit: number,
): Promise<number | null> {
  const known = await findPlanLimit(tx, agencyId);
  return known ? known.clientLimit : defaultLimit;
}
