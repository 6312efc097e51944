import { DomainError } from '@atrium/errors';
import { CLIENT_COLUMNS, CLIENT_FROM, clientOfRow, type ClientRecord } from './clients';
import type { Tx } from './db';

type SortOrder = 'asc' | 'desc';

interface SortKey {
  /** The SQL the list orders by; the same expression feeds the cursor, so both agree on collation. */
  sql: string;
  type: 'text' | 'timestamptz' | 'integer';
  defaultOrder: SortOrder;
}

/** The sorts of the client list (SPEC §3); every one breaks ties on the client id. */
export const CLIENT_SORTS = {
  createdAt: { sql: 'c.created_at', type: 'timestamptz', defaultOrder: 'desc' },
  name: { sql: 'c.name_key', type: 'text', defaultOrder: 'asc' },
  ownerName: { sql: 'lower(m.name)', type: 'text', defaultOrder: 'asc' },
  lastActivityAt: { sql: 'c.last_activity_at', type: 'timestamptz', defaultOrder: 'desc' },
  connectedProspects: { sql: 'c.connected_prospects', type: 'integer', defaultOrder: 'desc' },
  runningCampaigns: { sql: 'c.running_campaigns', type: 'integer', defaultOrder: 'desc' },
  toBeContacted: { sql: 'c.to_be_contacted', type: 'integer', defaultOrder: 'desc' },
} as const satisfies Record<string, SortKey>;

export type ClientSort = keyof typeof CLIENT_SORTS;

/** Where the previous page ended, in one sort and order. */
export interface ClientListPosition {
  sort: ClientSort;
  order: SortOrder;
  key: string | number;
  id: string;
}

export interface ClientListQuery {
  agencyId: string;
  /** When set, only clients this user owns, is on the team of, or is an active client user of. */
  visibleTo: string | null;
  status: string | null;
  search: string | null;
  tag: string | null;
  accountManagerId: string | null;
  ownerId: string | null;
  sort: ClientSort;
  order: SortOrder;
  after: ClientListPosition | null;
  limit: number;
}

/**
 * One page of the client list: a keyset walk on (sort key, id) from the position after the previous
 * page, so rows inserted or changed meanwhile never shift or repeat a page's rows.
 */
export async function listClients(
  tx: Tx,
  query: ClientListQuery,
): Promise<Array<{ client: ClientRecord; position: ClientListPosition }>> {
  const sort: SortKey = CLIENT_SORTS[query.sort];
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  const after = query.order === 'asc' ? '>' : '<';
  const search = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await tx.$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT ${CLIENT_COLUMNS}, ${sort.sql} AS "sortKey"
       FROM ${CLIENT_FROM}
      WHERE c.agency_id = $1::uuid
        AND c.status IN ('active', 'inactive')
        AND ($2::text IS NULL OR c.status = $2)
        AND ($3::uuid IS NULL OR c.owner_id = $3::uuid OR EXISTS (
              SELECT 1 FROM client_team_members t WHERE t.client_id = c.id AND t.user_id = $3::uuid)
            OR EXISTS (
              SELECT 1 FROM client_users u
               WHERE u.client_id = c.id AND u.identity_user_id = $3::uuid AND u.status = 'active'))
        AND ($4::text IS NULL OR c.name ILIKE $4 OR m.name ILIKE $4)
        AND ($5::text IS NULL OR c.tags @> ARRAY[$5::text])
        AND ($6::uuid IS NULL OR c.account_manager_id = $6::uuid)
        AND ($7::uuid IS NULL OR c.owner_id = $7::uuid)
        AND ($8::${sort.type} IS NULL OR (${sort.sql}, c.id) ${after} ($8::${sort.type}, $9::uuid))
      ORDER BY ${sort.sql} ${direction}, c.id ${direction}
      LIMIT $10`,
    query.agencyId,
    query.status,
    query.visibleTo,
    search,
    query.tag,
    query.accountManagerId,
    query.ownerId,
    query.after ? String(query.after.key) : null,
    query.after?.id ?? null,
    query.limit,
  );
  return rows.map((row) => {
    const key = row.sortKey;
    return {
      client: clientOfRow(row),
      position: {
        sort: query.sort,
        order: query.order,
        key: key instanceof Date ? key.toISOString() : typeof key === 'number' ? key : String(key),
        id: row.id as string,
      },
    };
  });
}

const CURSOR_PROBLEM = { field: 'cursor', message: 'is not one this list returned for this sort and order' };

export function encodeClientCursor(position: ClientListPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.order, position.key, position.id])).toString(
    'base64url',
  );
}

/** The position a cursor holds; it must have been made for the same sort and order. */
export function decodeClientCursor(cursor: string, sort: ClientSort, order: SortOrder): ClientListPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 4) {
    const [cursorSort, cursorOrder, key, id] = parsed as unknown[];
    const type = CLIENT_SORTS[sort].type;
    const keyFits =
      type === 'integer'
        ? Number.isInteger(key)
        : typeof key === 'string' && (type === 'text' || !Number.isNaN(Date.parse(key)));
    if (
      cursorSort === sort &&
      cursorOrder === order &&
      keyFits &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/.test(id)
    )
      return { sort, order, key: key as string | number, id };
  }
  throw new DomainError('validation_failed', 'The cursor does not belong to this list.', {
    fields: [CURSOR_PROBLEM],
  });
}
