import { isUuid } from '../domain/ids';
import { CLIENT_COLUMNS, clientOfRow, type ClientRecord } from './clients';
import type { Db } from './db';
import { selectAsTenant } from './one-trip';

/** What the client_access function answers (migration 20261216000000_client_access). */
interface ClientAccessRow {
  member_role: string | null;
  custom_role_id: string | null;
  custom_role_permissions: string[] | null;
  client_id: string | null;
  client_status: string | null;
  owns_or_on_team: boolean;
  client_role: string | null;
}

/** A caller's standing towards one client, as one statement reads it. */
export interface ClientStanding {
  /** The caller's agency role, or null when the caller is not a member. */
  memberRole: string | null;
  /** The permissions of the custom role a `custom` member holds; null for the built-in roles. */
  customRolePermissions: string[] | null;
  /** The client of the agency with that id, or null. */
  client: { id: string; status: string; ownedOrOnTeam: boolean } | null;
  /** The caller's role as an active user of that client, or null. */
  clientRole: string | null;
}

/** The function's arguments: a caller who is not a person (null) or a malformed id matches nothing. */
function standingArguments(
  agencyId: string,
  userId: string | null,
  clientId: string,
): [string, string | null, string | null] {
  return [agencyId, userId !== null && isUuid(userId) ? userId : null, isUuid(clientId) ? clientId : null];
}

function standingOf(row: ClientAccessRow): ClientStanding {
  return {
    memberRole: row.member_role,
    customRolePermissions: row.custom_role_id ? (row.custom_role_permissions ?? []) : null,
    client:
      row.client_id && row.client_status
        ? { id: row.client_id, status: row.client_status, ownedOrOnTeam: row.owns_or_on_team }
        : null,
    clientRole: row.client_role,
  };
}

/** Static text over client_access, prepared once per connection. */
const STANDING_STATEMENT = {
  name: 'client-access',
  text: 'SELECT * FROM client_access($1::uuid, $2::uuid, $3::uuid)',
};

/**
 * How `userId` (null for an API key, never a member) stands towards `clientId` in `agencyId`, or null
 * when there is no such agency: one statement, so one round trip, through the client_access function
 * that names the tenant for row-level security.
 */
export async function findClientStanding(
  db: Db,
  agencyId: string,
  userId: string | null,
  clientId: string,
): Promise<ClientStanding | null> {
  const [row] = await selectAsTenant<ClientAccessRow>(
    db.pool,
    STANDING_STATEMENT,
    standingArguments(agencyId, userId, clientId),
  );
  return row ? standingOf(row) : null;
}

/**
 * client_entry's row (migration 20261224000000_client_entry) as client_access's and the client's
 * columns: `c` is the client whole (every column null when there is none) and `m` its owner, as
 * CLIENT_COLUMNS reads them. tools/bench-tax.js issues this very statement as its in-process baseline.
 */
export const CLIENT_ENTRY_STATEMENT = {
  name: 'client-entry',
  text: `SELECT e.member_role, e.custom_role_id, e.custom_role_permissions, (e.client_record).id AS client_id,
                (e.client_record).status AS client_status, e.owns_or_on_team, e.client_role,
                ${CLIENT_COLUMNS}
           FROM client_entry($1::uuid, $2::uuid, $3::uuid) e,
                LATERAL (SELECT (e.client_record).*) c,
                LATERAL (SELECT e.owner_name AS name) m`,
};

/**
 * How the caller stands towards `clientId` (as findClientStanding answers it) together with that whole
 * client, whoever may enter it: one statement through client_entry. The caller decides from the
 * standing whether to answer the client (clientAccessOf). Null when there is no such agency.
 */
export async function findClientEntry(
  db: Db,
  agencyId: string,
  userId: string | null,
  clientId: string,
): Promise<{ standing: ClientStanding; client: ClientRecord | null } | null> {
  const [row] = await selectAsTenant<ClientAccessRow & Record<string, unknown>>(
    db.pool,
    CLIENT_ENTRY_STATEMENT,
    standingArguments(agencyId, userId, clientId),
  );
  if (!row) return null;
  const standing = standingOf(row);
  return { standing, client: standing.client ? clientOfRow(row) : null };
}
