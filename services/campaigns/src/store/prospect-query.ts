import { DomainError } from '@atrium/errors';
import { checkInstant } from '../domain/prospect-fields';
import type { ProspectStatus } from '../domain/prospect-status';
import type { Tx } from './db';
import { findProspects, type ProspectRecord } from './prospects';

/** What the prospect list matches; every field set narrows it (docs/campaigns.md "Prospects"). */
export interface ProspectFilter {
  query: string | null;
  listId: string | null;
  tag: string | null;
  status: ProspectStatus | null;
  contactedBefore: Date | null;
  contactedAfter: Date | null;
}

export type ProspectSortOrder = 'asc' | 'desc';

interface SortKey {
  /** The SQL the list orders by, in each order; the same expression feeds the cursor. */
  sql: (order: ProspectSortOrder) => string;
  type: 'text' | 'timestamptz';
  defaultOrder: ProspectSortOrder;
}

/**
 * The sorts of the prospect list; each breaks ties on the id. Never-contacted prospects come last in
 * either order: their missing time stands in as the far end of the walk.
 */
export const PROSPECT_SORTS = {
  created_at: { sql: () => 'p.created_at', type: 'timestamptz', defaultOrder: 'desc' },
  email: { sql: () => 'p.email', type: 'text', defaultOrder: 'asc' },
  last_name: { sql: () => 'lower(p.last_name)', type: 'text', defaultOrder: 'asc' },
  company: { sql: () => 'lower(p.company)', type: 'text', defaultOrder: 'asc' },
  last_contacted_at: {
    sql: (order) =>
      `coalesce(p.last_contacted_at, '${order === 'asc' ? '9999-12-31' : '0001-01-01'}T00:00:00Z'::timestamptz)`,
    type: 'timestamptz',
    defaultOrder: 'desc',
  },
} as const satisfies Record<string, SortKey>;

export type ProspectSort = keyof typeof PROSPECT_SORTS;

/** Where the previous page ended. */
export interface ProspectPosition {
  key: string;
  id: string;
}

/** SQL conditions over `prospects p` and their parameters, numbered after `params`. */
function filterConditions(clientId: string, filter: ProspectFilter, params: unknown[]): string[] {
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = [`p.client_id = ${param(clientId)}::uuid`, 'p.deleted_at IS NULL'];
  if (filter.query) {
    const pattern = param(`%${filter.query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(
      `(p.email LIKE ${pattern} OR lower(p.first_name) LIKE ${pattern} OR lower(p.last_name) LIKE ${pattern}
        OR lower(p.first_name || ' ' || p.last_name) LIKE ${pattern} OR lower(p.company) LIKE ${pattern})`,
    );
  }
  if (filter.listId)
    conditions.push(
      `EXISTS (SELECT 1 FROM prospect_list_members m WHERE m.list_id = ${param(filter.listId)}::uuid AND m.prospect_id = p.id)`,
    );
  if (filter.tag) conditions.push(`p.tags @> ARRAY[${param(filter.tag)}::text]`);
  if (filter.status) conditions.push(`p.status = ${param(filter.status)}`);
  if (filter.contactedBefore)
    conditions.push(`p.last_contacted_at < ${param(filter.contactedBefore.toISOString())}::timestamptz`);
  if (filter.contactedAfter)
    conditions.push(`p.last_contacted_at >= ${param(filter.contactedAfter.toISOString())}::timestamptz`);
  return conditions;
}

/** A timestamptz as RFC 3339 in UTC with microseconds, so the cursor casts back to the same instant. */
function isoText(sql: string): string {
  return `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/**
 * One page of the client's stored prospects: a keyset walk on (sort key, id) from the position after
 * the previous page, so prospects added or changed meanwhile never shift or repeat a page's rows.
 */
export async function listProspects(
  tx: Tx,
  query: {
    clientId: string;
    filter: ProspectFilter;
    sort: ProspectSort;
    order: ProspectSortOrder;
    after: ProspectPosition | null;
    limit: number;
  },
): Promise<Array<{ prospect: ProspectRecord; position: ProspectPosition }>> {
  const params: unknown[] = [];
  const conditions = filterConditions(query.clientId, query.filter, params);
  const sort: SortKey = PROSPECT_SORTS[query.sort];
  const key = sort.sql(query.order);
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  if (query.after) {
    params.push(query.after.key, query.after.id);
    conditions.push(
      `(${key}, p.id) ${query.order === 'asc' ? '>' : '<'} ($${params.length - 1}::${sort.type}, $${params.length}::uuid)`,
    );
  }
  params.push(query.limit);
  const rows: Array<{ id: string; sortKey: string }> = await tx.$queryRawUnsafe(
    `SELECT p.id, ${sort.type === 'timestamptz' ? isoText(key) : key} AS "sortKey"
       FROM prospects p
      WHERE ${conditions.join(' AND ')}
      ORDER BY ${key} ${direction}, p.id ${direction}
      LIMIT $${params.length}`,
    ...params,
  );
  const prospects = await findProspects(
    tx,
    query.clientId,
    rows.map((row) => row.id),
  );
  const keys = new Map(rows.map((row) => [row.id, row.sortKey]));
  return prospects.map((prospect) => ({
    prospect,
    position: { key: keys.get(prospect.id)!, id: prospect.id },
  }));
}

/** Puts every stored prospect the filter matches on the list; answers how many were newly added. */
export async function addMatchingToList(
  tx: Tx,
  scope: { agencyId: string; clientId: string },
  listId: string,
  filter: ProspectFilter,
): Promise<number> {
  const params: unknown[] = [];
  const conditions = filterConditions(scope.clientId, filter, params);
  params.push(listId, scope.agencyId);
  return tx.$executeRawUnsafe(
    `INSERT INTO prospect_list_members (list_id, prospect_id, agency_id, client_id, added_at)
     SELECT $${params.length - 1}::uuid, p.id, $${params.length}::uuid, p.client_id, now()
       FROM prospects p WHERE ${conditions.join(' AND ')}
     ON CONFLICT DO NOTHING`,
    ...params,
  );
}

const CURSOR_PROBLEM = { field: 'cursor', message: 'is not one this list returned for this sort and order' };
const ISO_MICROSECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeProspectCursor(
  sort: ProspectSort,
  order: ProspectSortOrder,
  at: ProspectPosition,
): string {
  return Buffer.from(JSON.stringify([sort, order, at.key, at.id])).toString('base64url');
}

/**
 * The position a cursor holds, checked completely before any query sees it: made for the same sort and
 * order, with a key Postgres casts to the sort's type.
 */
export function decodeProspectCursor(
  cursor: string,
  sort: ProspectSort,
  order: ProspectSortOrder,
): ProspectPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 4) {
    const [cursorSort, cursorOrder, key, id] = parsed as unknown[];
    const keyFits =
      typeof key === 'string' &&
      key.length <= 1000 &&
      !key.includes('\u0000') &&
      (PROSPECT_SORTS[sort].type === 'text' ||
        (ISO_MICROSECONDS.test(key) && checkInstant(key, 'cursor').ok));
    if (cursorSort === sort && cursorOrder === order && keyFits && typeof id === 'string' && UUID.test(id))
      return { key: key as string, id };
  }
  throw new DomainError('validation_failed', 'The cursor does not belong to this list.', {
    fields: [CURSOR_PROBLEM],
  });
}
