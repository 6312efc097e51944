import type { ListPosition } from '@atrium/db';
import type { Db } from './db';

/** A client row joined with its owner's name, as lists and RPC answers need it. */
export interface ClientRow {
  id: string;
  agencyId: string;
  name: string;
  description: string;
  website: string;
  tags: string[];
  status: string;
  accountType: string;
  region: string;
  isMaster: boolean;
  ownerId: string;
  ownerName: string;
  accountManagerId: string | null;
  storedProspects: number;
  connectedProspects: number;
  runningCampaigns: number;
  toBeContacted: number;
  enrolments: number;
  createdAt: Date;
  lastActivityAt: Date;
}

export interface ClientListQuery {
  agencyId: string;
  /** When set, only clients this user owns or is on the team of. */
  visibleTo: string | null;
  status: string | null;
  search: string | null;
  after: ListPosition | null;
  limit: number;
}

/**
 * One page of the newest-first client list: a keyset walk on
 * (created_at, id) so rows inserted meanwhile never shift a page.
 */
export function listClients(db: Db, query: ClientListQuery): Promise<ClientRow[]> {
  const search = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db.$queryRawUnsafe<ClientRow[]>(
    `SELECT c.id, c.agency_id AS "agencyId", c.name, c.description, c.website, c.tags, c.status,
            c.account_type AS "accountType", c.region, c.is_master AS "isMaster", c.owner_id AS "ownerId",
            m.name AS "ownerName", c.account_manager_id AS "accountManagerId",
            c.stored_prospects AS "storedProspects", c.connected_prospects AS "connectedProspects",
            c.running_campaigns AS "runningCampaigns", c.to_be_contacted AS "toBeContacted",
            c.enrolments, c.created_at AS "createdAt", c.last_activity_at AS "lastActivityAt"
       FROM clients c
       JOIN agency_members m ON m.agency_id = c.agency_id AND m.user_id = c.owner_id
      WHERE c.agency_id = $1::uuid
        AND c.status IN ('active', 'inactive')
        AND ($2::text IS NULL OR c.status = $2)
        AND ($3::uuid IS NULL OR c.owner_id = $3::uuid OR EXISTS (
              SELECT 1 FROM client_team_members t WHERE t.client_id = c.id AND t.user_id = $3::uuid))
        AND ($4::text IS NULL OR c.name ILIKE $4 OR m.name ILIKE $4)
        AND ($5::timestamptz IS NULL OR (c.created_at, c.id) < ($5::timestamptz, $6::uuid))
      ORDER BY c.created_at DESC, c.id DESC
      LIMIT $7`,
    query.agencyId,
    query.status,
    query.visibleTo,
    search,
    query.after?.createdAt ?? null,
    query.after?.id ?? null,
    query.limit,
  );
}

/** Agency owners and admins, the client's owner and its team: who may see the client. */
export async function clientAudience(db: Db, agencyId: string, clientId: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ userId: string }[]>(
    `SELECT m.user_id AS "userId" FROM agency_members m
      WHERE m.agency_id = $1::uuid AND m.role IN ('owner', 'admin')
     UNION
     SELECT c.owner_id FROM clients c WHERE c.id = $2::uuid AND c.agency_id = $1::uuid
     UNION
     SELECT t.user_id FROM client_team_members t WHERE t.client_id = $2::uuid AND t.agency_id = $1::uuid`,
    agencyId,
    clientId,
  );
  return rows.map((row) => row.userId);
}
