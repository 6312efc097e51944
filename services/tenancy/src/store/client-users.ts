import { DomainError } from '@atrium/errors';
import type { ClientUser } from '../generated/prisma/client';
import type { Tx } from './db';

export type { ClientUser };

type SortOrder = 'asc' | 'desc';

/** The sorts of a client's user list (docs/product.md "People, roles and permissions"); every one breaks ties on the id. */
export const CLIENT_USER_SORTS = {
  name: { sql: 'u.name_key', type: 'text', defaultOrder: 'asc' },
  createdAt: { sql: 'u.created_at', type: 'timestamptz', defaultOrder: 'desc' },
  // Users never active sort as if active at the epoch: last in the default (newest first) order.
  lastActivityAt: {
    sql: "coalesce(u.last_activity_at, 'epoch'::timestamptz)",
    type: 'timestamptz',
    defaultOrder: 'desc',
  },
} as const;

export type ClientUserSort = keyof typeof CLIENT_USER_SORTS;

export interface ClientUserListPosition {
  sort: ClientUserSort;
  order: SortOrder;
  key: string;
  id: string;
}

export interface ClientUserListQuery {
  clientId: string;
  search: string | null;
  sort: ClientUserSort;
  order: SortOrder;
  after: ClientUserListPosition | null;
  limit: number;
}

const COLUMNS = `u.id, u.agency_id AS "agencyId", u.client_id AS "clientId",
  u.identity_user_id AS "identityUserId", u.name, u.email, u.position, u.phone, u.role, u.status,
  u.created_at AS "createdAt", u.updated_at AS "updatedAt", u.last_activity_at AS "lastActivityAt"`;

/** One keyset page of a client's users, searched over name, email and position. */
export async function listClientUsers(
  tx: Tx,
  query: ClientUserListQuery,
): Promise<Array<{ clientUser: ClientUser; position: ClientUserListPosition }>> {
  const sort = CLIENT_USER_SORTS[query.sort];
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  const after = query.order === 'asc' ? '>' : '<';
  const search = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await tx.$queryRawUnsafe<Array<ClientUser & { sortKey: unknown }>>(
    `SELECT ${COLUMNS}, ${sort.sql} AS "sortKey"
       FROM client_users u
      WHERE u.client_id = $1::uuid
        AND ($2::text IS NULL OR u.name ILIKE $2 OR u.email ILIKE $2 OR u.position ILIKE $2)
        AND ($3::${sort.type} IS NULL OR (${sort.sql}, u.id) ${after} ($3::${sort.type}, $4::uuid))
      ORDER BY ${sort.sql} ${direction}, u.id ${direction}
      LIMIT $5`,
    query.clientId,
    search,
    query.after?.key ?? null,
    query.after?.id ?? null,
    query.limit,
  );
  return rows.map(({ sortKey, ...clientUser }) => ({
    clientUser,
    position: {
      sort: query.sort,
      order: query.order,
      key: sortKey instanceof Date ? sortKey.toISOString() : String(sortKey),
      id: clientUser.id,
    },
  }));
}

export function encodeClientUserCursor(position: ClientUserListPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.order, position.key, position.id])).toString(
    'base64url',
  );
}

/** The position a cursor holds; it must have been made for the same sort and order. */
export function decodeClientUserCursor(
  cursor: string,
  sort: ClientUserSort,
  order: SortOrder,
): ClientUserListPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 4) {
    const [cursorSort, cursorOrder, key, id] = parsed as unknown[];
    const keyFits =
      typeof key === 'string' && (CLIENT_USER_SORTS[sort].type === 'text' || !Number.isNaN(Date.parse(key)));
    if (
      cursorSort === sort &&
      cursorOrder === order &&
      keyFits &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/.test(id)
    )
      return { sort, order, key: key as string, id };
  }
  throw new DomainError('validation_failed', 'The cursor does not belong to this list.', {
    fields: [{ field: 'cursor', message: 'is not one this list returned for this sort and order' }],
  });
}

/** One user of one client, or null. */
export function findClientUser(tx: Tx, clientId: string, clientUserId: string): Promise<ClientUser | null> {
  return tx.clientUser.findFirst({ where: { id: clientUserId, clientId } });
}

/** The active client user the identity is in this client of the agency, or null. */
export function findActiveClientUserByIdentity(
  tx: Tx,
  agencyId: string,
  clientId: string,
  identityUserId: string,
): Promise<ClientUser | null> {
  return tx.clientUser.findFirst({ where: { clientId, agencyId, identityUserId, status: 'active' } });
}

/** A client user still waiting to join (status invited), or null. */
export function findInvitedClientUser(tx: Tx, clientUserId: string): Promise<ClientUser | null> {
  return tx.clientUser.findFirst({ where: { id: clientUserId, status: 'invited' } });
}

/** The client's primary user, or null. */
export function findPrimaryUser(tx: Tx, clientId: string): Promise<ClientUser | null> {
  return tx.clientUser.findFirst({ where: { clientId, role: 'primary' } });
}

export async function hasPrimaryUser(tx: Tx, clientId: string): Promise<boolean> {
  return (await tx.clientUser.count({ where: { clientId, role: 'primary' } })) > 0;
}

export async function hasUserWithEmail(tx: Tx, clientId: string, email: string): Promise<boolean> {
  return (await tx.clientUser.count({ where: { clientId, email } })) > 0;
}

/** A new client user, invited until they have an identity; a unique index may refuse it (violatedClientUserIndex). */
export function insertInvitedClientUser(
  tx: Tx,
  clientUser: {
    id: string;
    agencyId: string;
    clientId: string;
    name: string;
    email: string;
    role: string;
    position: string;
    phone: string;
  },
): Promise<ClientUser> {
  return tx.clientUser.create({ data: { ...clientUser, status: 'invited' } });
}

/** The fields of a client user a change may set. */
export type ClientUserChanges = Partial<Pick<ClientUser, 'name' | 'position' | 'phone' | 'role' | 'status'>>;

export function updateClientUserFields(
  tx: Tx,
  clientUserId: string,
  changes: ClientUserChanges,
): Promise<ClientUser> {
  return tx.clientUser.update({ where: { id: clientUserId }, data: changes });
}

export function setClientUserRole(tx: Tx, clientUserId: string, role: string): Promise<ClientUser> {
  return tx.clientUser.update({ where: { id: clientUserId }, data: { role } });
}

/** The invited user joins with this identity; the identity index refuses one already a user of the client. */
export function activateClientUser(
  tx: Tx,
  clientUserId: string,
  identityUserId: string,
): Promise<ClientUser> {
  return tx.clientUser.update({ where: { id: clientUserId }, data: { identityUserId, status: 'active' } });
}

/** Removes a client user; their invitations go with the row (the foreign key cascades). */
export async function deleteClientUser(tx: Tx, clientUserId: string): Promise<void> {
  await tx.clientUser.delete({ where: { id: clientUserId } });
}

/** Serialises changes of one client's roles (make-primary), so two handovers never interleave. */
export async function lockClientUsers(tx: Tx, clientId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`,
    `client_users:${clientId}`,
  );
}

/**
 * Which of client_users' unique indexes a failed write hit, if it was a unique violation: Prisma's
 * P2002 (its meta names the index differently across drivers, so the index name is looked for in the
 * whole error) or Postgres' 23505 from raw SQL.
 */
export function violatedClientUserIndex(error: unknown): 'primary' | 'email' | 'identity' | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  if (code !== 'P2002' && code !== '23505') return null;
  const text = `${String((error as { message?: unknown }).message)} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}`;
  if (text.includes('client_users_one_primary')) return 'primary';
  if (text.includes('client_users_email_idx')) return 'email';
  if (text.includes('client_users_identity_idx')) return 'identity';
  return null;
}
