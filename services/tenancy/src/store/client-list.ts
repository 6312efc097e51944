import { DomainError } from '@atrium/errors';
import type { Pool } from 'pg';
import { CLIENT_FROM } from './clients';
import { literal, queryAsTenant } from './one-trip';

type SortOrder = 'asc' | 'desc';

interface SortKey {
  /** The SQL the list orders by; the same expression feeds the cursor, so both agree on collation. */
  sql: string;
  type: 'text' | 'timestamptz' | 'integer';
  defaultOrder: SortOrder;
}

/** The sorts of the client list (docs/product.md "Client accounts"); every one breaks ties on the client id. */
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

/** A client as one row of the list: what the list shows, sorts and filters on (GetClient has the rest). */
export interface ClientListRow {
  id: string;
  name: string;
  tags: string[];
  status: string;
  accountType: string;
  isMaster: boolean;
  ownerId: string;
  ownerName: string;
  accountManagerId: string | null;
  /** RFC 3339, as Postgres formats it: the list parses no dates. */
  createdAt: string;
  lastActivityAt: string;
  /** YYYY-MM-DD. */
  renewalDate: string | null;
  storedProspects: number;
  connectedProspects: number;
  runningCampaigns: number;
  toBeContacted: number;
  enrolments: number;
}

/** A timestamptz as RFC 3339 in UTC with milliseconds, as Date.toISOString() writes it. */
function isoText(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** The columns of a ClientListRow, over `clients c` joined with its owner `m`. */
const LIST_COLUMNS = `
  c.id, c.name, c.tags, c.status, c.account_type AS "accountType", c.is_master AS "isMaster",
  c.owner_id AS "ownerId", m.name AS "ownerName", c.account_manager_id AS "accountManagerId",
  ${isoText('c.created_at')} AS "createdAt", ${isoText('c.last_activity_at')} AS "lastActivityAt",
  to_char(c.renewal_date, 'YYYY-MM-DD') AS "renewalDate",
  c.stored_prospects AS "storedProspects", c.connected_prospects AS "connectedProspects",
  c.running_campaigns AS "runningCampaigns", c.to_be_contacted AS "toBeContacted", c.enrolments`;

/** Where the previous page ended, in one sort and order. */
export interface ClientListPosition {
  sort: ClientSort;
  order: SortOrder;
  key: string | number;
  id: string;
}

export interface ClientListQuery {
  agencyId: string;
  /** When set, only clients this user owns, is on the team of or is an active client user of. */
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
 * page, so rows inserted or changed meanwhile never shift or repeat a page's rows. One round trip
 * (queryAsTenant); every sort walks an index of (agency_id, key, id) and stops after the page.
 */
export async function listClients(
  pool: Pool,
  query: ClientListQuery,
): Promise<Array<{ row: ClientListRow; position: ClientListPosition }>> {
  const [agencies, rows] = await queryAsTenant(pool, query.agencyId, [
    // RLS shows the agency's own row only: none means no such agency (an API key's gone agency).
    'SELECT 1 FROM agencies',
    listStatement(query),
  ]);
  if (agencies!.length === 0) throw new DomainError('not_found', 'No such agency.');
  return rows!.map((selected) => {
    const { sortKey, ...row } = selected as unknown as ClientListRow & { sortKey: string | number };
    return {
      row,
      position: {
        sort: query.sort,
        order: query.order,
        key: typeof sortKey === 'number' ? sortKey : String(sortKey),
        id: row.id,
      },
    };
  });
}

/** The page's SELECT, every value a literal (see queryAsTenant). */
function listStatement(query: ClientListQuery): string {
  const sort: SortKey = CLIENT_SORTS[query.sort];
  // The cursor keeps the key as text; times as RFC 3339, which casts back to the same instant.
  const sortKey = sort.type === 'timestamptz' ? isoText(sort.sql) : sort.sql;
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  const beyond = query.order === 'asc' ? '>' : '<';
  const agency = `${literal(query.agencyId)}::uuid`;
  const pattern = query.search
    ? literal(`%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    : null;
  const filters = [
    `c.agency_id = ${agency}`,
    `c.status IN ('active', 'inactive')`,
    query.status && `c.status = ${literal(query.status)}`,
    // Own and team clients, and those the person is an active client user of, as a list of ids
    // first, so the walk below stays on its index.
    query.visibleTo &&
      `c.id = ANY (ARRAY(
         SELECT o.id FROM clients o WHERE o.agency_id = ${agency} AND o.owner_id = ${literal(query.visibleTo)}::uuid
         UNION
         SELECT t.client_id FROM client_team_members t
          WHERE t.agency_id = ${agency} AND t.user_id = ${literal(query.visibleTo)}::uuid
         UNION
         SELECT u.client_id FROM client_users u
          WHERE u.agency_id = ${agency} AND u.identity_user_id = ${literal(query.visibleTo)}::uuid
            AND u.status = 'active'))`,
    // name_key is lower(name); owners are matched by name first, then by id (see the migration
    // 20261214000000_client_list_indexes for why no index serves LIKE here).
    pattern &&
      `(c.name_key LIKE ${pattern} OR c.owner_id = ANY (ARRAY(
         SELECT s.user_id FROM agency_members s WHERE s.agency_id = ${agency} AND lower(s.name) LIKE ${pattern})))`,
    query.tag && `c.tags @> ARRAY[${literal(query.tag)}]`,
    query.accountManagerId && `c.account_manager_id = ${literal(query.accountManagerId)}::uuid`,
    query.ownerId && `c.owner_id = ${literal(query.ownerId)}::uuid`,
  ].filter(Boolean);
  const after = query.after
    ? `(${sort.sql}, c.id) ${beyond} (${literal(query.after.key)}::${sort.type}, ${literal(query.after.id)}::uuid)`
    : null;
  const limit = literal(query.limit);
  if (query.sort === 'ownerName') {
    // The owner's name lives on another table, so no index of clients orders by it: walk the members
    // by name and take each one's first clients by id from (agency_id, owner_id, id), then merge.
    return `SELECT ${LIST_COLUMNS}, lower(m.name) AS "sortKey"
              FROM agency_members m
              CROSS JOIN LATERAL (
                SELECT c.* FROM clients c
                 WHERE c.owner_id = m.user_id AND ${[...filters, after].filter(Boolean).join(' AND ')}
                 ORDER BY c.id ${direction}
                 LIMIT ${limit}) c
             WHERE m.agency_id = ${agency}
             ORDER BY lower(m.name) ${direction}, c.id ${direction}
             LIMIT ${limit}`;
  }
  return `SELECT ${LIST_COLUMNS}, ${sortKey} AS "sortKey"
            FROM ${CLIENT_FROM}
           WHERE ${[...filters, after].filter(Boolean).join(' AND ')}
           ORDER BY ${sort.sql} ${direction}, c.id ${direction}
           LIMIT ${limit}`;
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
