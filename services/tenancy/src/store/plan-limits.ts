import type { Tx } from './db';

/** What billing last told of the agency's plan; null when it has told nothing yet. */
export interface PlanLimit {
  planId: string;
  /** null: unlimited. */
  clientLimit: number | null;
  version: number;
}

/** The agency's plan limit as billing's events told it, in the transaction's agency. */
export async function findPlanLimit(tx: Tx, agencyId: string): Promise<PlanLimit | null> {
  const row = await tx.agencyPlanLimit.findUnique({ where: { agencyId } });
  return row && { planId: row.planId, clientLimit: row.clientLimit, version: Number(row.version) };
}

/** Keeps `limit` unless a newer version is kept already; answers whether it was kept. */
export async function savePlanLimit(tx: Tx, agencyId: string, limit: PlanLimit): Promise<boolean> {
  const changed = await tx.$executeRawUnsafe(
    `INSERT INTO agency_plan_limits (agency_id, plan_id, client_limit, version, updated_at)
     VALUES ($1::uuid, $2, $3, $4, now())
     ON CONFLICT (agency_id) DO UPDATE
       SET plan_id = EXCLUDED.plan_id, client_limit = EXCLUDED.client_limit, version = EXCLUDED.version,
           updated_at = now()
       WHERE agency_plan_limits.version < EXCLUDED.version`,
    agencyId,
    limit.planId,
    limit.clientLimit,
    limit.version,
  );
  return changed === 1;
}
