import { DomainError } from '@atrium/errors';
import type { Pool } from 'pg';
import { selectAsTenant } from './one-trip';

type SortOrder = 'asc' | 'desc';

interface SortKey {
  /**
   * The SQL of the key the list orders by, which feeds the cursor; client_list_page (migration
   * 20261217000000_client_list_page) orders and resumes by the same expression, so both agree on
   * collation.
   */
  sql: string;
  type: 'text' | 'timestamptz' | 'integer';
  defaultOrder: SortOrder;
}

/**
 * The sorts of the client list (docs/product.md "Client accounts"); every one breaks ties on the client
 * id. A new sort needs its key in client_list_page too.
 */
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

/**
 * The columns of a ClientListRow, over `clients c` and its owner `m`: client_list_page answers each
 * client whole, so a column added to clients needs only a line here.
 */
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

/** One prepared statement per sort over a page function's rows: the list's columns and the sort's key. */
function pageStatements(
  name: string,
  call: string,
  extraColumns = '',
): Record<ClientSort, { name: string; text: string }> {
  return Object.fromEntries(
    Object.entries(CLIENT_SORTS).map(([sort, key]: [string, SortKey]) => [
      sort,
      {
        name: `${name}-${sort}`,
        // The cursor keeps the key as text; times as RFC 3339, which casts back to the same instant.
        text: `SELECT ${LIST_COLUMNS}, ${key.type === 'timestamptz' ? isoText(key.sql) : key.sql} AS "sortKey"${extraColumns}
       FROM ${call}
            WITH ORDINALITY AS p,
            LATERAL (SELECT (p.client).*) c,
            LATERAL (SELECT p.owner_name AS name) m
      ORDER BY p.ordinality`,
      },
    ]),
  ) as Record<ClientSort, { name: string; text: string }>;
}

/**
 * The page for a caller whose visibility is known (an API key's permissions): client_list_page's rows.
 * Static text, prepared once per connection; every value is a parameter.
 */
const PAGE_STATEMENTS = pageStatements(
  'client-list-page',
  'client_list_page($1::uuid, $2::uuid, $3, $4, $5, $6::uuid, $7::uuid, $8, $9, $10, $11::uuid, $12)',
);

/**
 * The page for a person: member_client_list_page (migration 20261223000000_member_client_list_page)
 * answers the caller's access first, then the page it may see, in one round trip.
 */
const MEMBER_PAGE_STATEMENTS = pageStatements(
  'member-client-list-page',
  `member_client_list_page($1::uuid, $2::uuid, $3::text[], $4, $5, $6, $7, $8::uuid, $9::uuid, $10, $11,
                                $12, $13::uuid, $14)`,
  `,
            p.member_role AS "memberRole", p.member_custom_role_id AS "customRoleId",
            p.member_custom_role_name AS "customRoleName",
            p.member_custom_role_permissions AS "customRolePermissions", p.reads_all AS "readsAll"`,
);

type PageFilters = Omit<ClientListQuery, 'agencyId' | 'visibleTo'>;

/** client_list_page's arguments after the agency and the visibility, in order. */
function filterValues(query: PageFilters): unknown[] {
  // The search matches lower(name) with LIKE: the text's own wildcards match only themselves.
  const pattern = query.search ? `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return [
    query.status,
    pattern,
    query.tag,
    query.accountManagerId,
    query.ownerId,
    query.sort,
    query.order === 'desc',
    query.after === null ? null : String(query.after.key),
    query.after?.id ?? null,
    query.limit,
  ];
}

type PageRow = ClientListRow & { sortKey: string | number };

function positioned(
  rows: PageRow[],
  query: PageFilters,
): Array<{ row: ClientListRow; position: ClientListPosition }> {
  return rows.map(({ sortKey, ...row }) => ({
    row,
    position: {
      sort: query.sort,
      order: query.order,
      key: typeof sortKey === 'number' ? sortKey : String(sortKey),
      id: row.id,
    },
  }));
}

/**
 * One page of the client list: a keyset walk on (sort key, id) from the position after the previous
 * page, so rows inserted or changed meanwhile never shift or repeat a page's rows. One round trip with
 * bound parameters (client_list_page); every sort walks an index of (agency_id, key, id) and stops
 * after the page. An agency row-level security does not show (an API key's gone agency) is not_found.
 */
export async function listClients(
  pool: Pool,
  query: ClientListQuery,
): Promise<Array<{ row: ClientListRow; position: ClientListPosition }>> {
  const rows = await selectAsTenant<PageRow>(pool, PAGE_STATEMENTS[query.sort], [
    query.agencyId,
    query.visibleTo,
    ...filterValues(query),
  ]);
  return positioned(rows, query);
}

/** The caller's access as member_client_list_page read it, with its answer of whether they read all. */
export interface ListingMember {
  role: string;
  customRole: { id: string; name: string; permissions: string[] } | null;
  readsAll: boolean;
}

interface MemberHeaderRow {
  memberRole: string;
  customRoleId: string | null;
  customRoleName: string | null;
  customRolePermissions: string[] | null;
  readsAll: boolean;
}

/**
 * A person's page of the client list with their access, in one round trip (member_client_list_page):
 * every client when their role is one of `readAllRoles` or a custom role holding `readAllPermission`,
 * else the clients they own, are on the team of or are an active client user of. Someone who is
 * neither a member nor a client user of the agency is not_found. The caller decides from `member`
 * what the role allows and must check that `member.readsAll` agrees.
 */
export async function listClientsAsMember(
  pool: Pool,
  query: Omit<ClientListQuery, 'visibleTo'> & {
    userId: string;
    readAllRoles: readonly string[];
    readAllPermission: string;
  },
): Promise<{ member: ListingMember; rows: Array<{ row: ClientListRow; position: ClientListPosition }> }> {
  const [header, ...rows] = await selectAsTenant<PageRow & MemberHeaderRow>(
    pool,
    MEMBER_PAGE_STATEMENTS[query.sort],
    [query.agencyId, query.userId, query.readAllRoles, query.readAllPermission, ...filterValues(query)],
  );
  if (!header) throw new Error('member_client_list_page answered no access row');
  const { memberRole, customRoleId, customRoleName, customRolePermissions, readsAll } = header;
  return {
    member: {
      role: memberRole,
      customRole:
        customRoleId !== null && customRoleName !== null
          ? { id: customRoleId, name: customRoleName, permissions: customRolePermissions ?? [] }
          : null,
      readsAll,
    },
    rows: positioned(rows.map(pageRowOf), query),
  };
}

/** A page row without the access columns, which only the first row fills (a new object, not delete). */
function pageRowOf({
  memberRole: _role,
  customRoleId: _roleId,
  customRoleName: _roleName,
  customRolePermissions: _rolePermissions,
  readsAll: _readsAll,
  ...row
}: PageRow & MemberHeaderRow): PageRow {
  return row;
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
