import { escapeLiteral, type Pool } from 'pg';
import { checkAgencyId } from './tenant';

/**
 * Runs read-only statements as `agencyId` in a single round trip: the tenant and the statements
 * travel in one simple-protocol message, which Postgres runs as one implicit transaction, so the
 * transaction-local tenant holds for them and ends with them; answers each statement's rows. Prisma's interactive
 * transaction costs four round trips (BEGIN, set_config, the query, COMMIT) and most of a list's
 * CPU; the client list, the hottest read, goes this way.
 *
 * The simple protocol has no parameters: every value in `statement` must come through `literal`.
 */
export async function queryAsTenant(
  pool: Pool,
  agencyId: string,
  statements: string[],
): Promise<Array<Array<Record<string, unknown>>>> {
  checkAgencyId(agencyId);
  const results = (await pool.query(
    [`SELECT set_config('app.agency_id', ${literal(agencyId)}, true)`, ...statements].join(';\n'),
  )) as unknown as Array<{ rows: Array<Record<string, unknown>> }>;
  return results.slice(1).map((result) => result.rows);
}

/** A value as an SQL literal, quoted and escaped (NULL for null). */
export function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return String(value);
  }
  return escapeLiteral(value);
}
