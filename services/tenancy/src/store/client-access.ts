import { isUuid } from '../domain/ids';
import type { Db } from './db';
import { checkAgencyId } from './tenant';

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
  checkAgencyId(agencyId);
  const [row] = await db.$queryRawUnsafe<ClientAccessRow[]>(
    'SELECT * FROM client_access($1::uuid, $2::uuid, $3::uuid)',
    agencyId,
    userId !== null && isUuid(userId) ? userId : null,
    isUuid(clientId) ? clientId : null,
  );
  if (!row) return null;
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
