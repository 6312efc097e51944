import { DomainError } from '@atrium/errors';
import type { Pool } from 'pg';
import { checkAgencyId } from './tenant';

/** What a tenant function raises when the agency it names is not visible (none, or gone). */
const NO_DATA_FOUND = 'P0002';

/**
 * Runs one read-only statement over a set-returning SQL function that names the tenant itself (its
 * first step is `set_config('app.agency_id', …, true)`, as client_list_page does) and answers its rows.
 * One statement with bound parameters is one round trip and one implicit transaction, so the
 * transaction-local tenant holds for the function's queries and ends with them. Prisma's interactive
 * transaction costs four round trips (BEGIN, set_config, the query, COMMIT) and most of a list's CPU;
 * the client list, the hottest read, goes this way.
 *
 * `values[0]` must be the agency, the function's first argument; a function that raises no_data_found
 * for it answers not_found. `name` prepares the statement once per connection (Postgres then skips
 * parsing and planning it); one name always stands for the same text.
 */
export async function selectAsTenant<Row extends object>(
  pool: Pool,
  statement: { name: string; text: string },
  values: [agencyId: string, ...rest: unknown[]],
): Promise<Row[]> {
  checkAgencyId(values[0]);
  try {
    return (await pool.query<Row>({ ...statement, values })).rows;
  } catch (error) {
    if ((error as { code?: unknown }).code === NO_DATA_FOUND)
      throw new DomainError('not_found', 'No such agency.');
    throw error;
  }
}
