import { pageSize } from '@atrium/db';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { accessOfMember, NO_AGENCY } from '../access/resolve-access';
import { findMemberAccess } from '../store/members';
import { normaliseTag } from '../domain/client-fields';
import { isUuid } from '../domain/ids';
import {
  CLIENT_SORTS,
  decodeClientCursor,
  encodeClientCursor,
  listClients as selectClients,
  type ClientListRow,
  type ClientSort,
} from '../store/client-list';
import type { Db } from '../store/transaction';

export interface ListClientsInput {
  limit: number;
  cursor: string;
  status: string;
  query: string;
  tag: string;
  accountManagerId: string;
  ownerId: string;
  sort: string;
  order: string;
}

/**
 * The clients the caller may enter (all with clients:read_all, else own and team ones), filtered and
 * sorted, one keyset page at a time.
 */
export async function listClients(
  db: Db,
  actorOrNone: Actor | undefined,
  input: ListClientsInput,
): Promise<{ items: ClientListRow[]; nextCursor: string | null }> {
  const actor = requireActor(actorOrNone);
  const problems: FieldProblem[] = [];
  if (input.limit < 0 || input.limit > 100)
    problems.push({ field: 'limit', message: 'must be between 1 and 100' });
  if (input.status && input.status !== 'active' && input.status !== 'inactive')
    problems.push({ field: 'status', message: 'must be active or inactive' });
  const sort = (input.sort || 'createdAt') as ClientSort;
  if (!Object.hasOwn(CLIENT_SORTS, sort))
    problems.push({ field: 'sort', message: `must be one of ${Object.keys(CLIENT_SORTS).join(', ')}` });
  if (input.order && input.order !== 'asc' && input.order !== 'desc')
    problems.push({ field: 'order', message: 'must be asc or desc' });
  for (const field of ['ownerId', 'accountManagerId'] as const) {
    if (input[field] && !isUuid(input[field])) problems.push({ field, message: 'must be a user id' });
  }
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The list query is not valid.', { fields: problems });
  const order = (input.order || CLIENT_SORTS[sort].defaultOrder) as 'asc' | 'desc';
  const limit = pageSize(input.limit);
  const after = input.cursor ? decodeClientCursor(input.cursor, sort, order) : null;
  // Two round trips: who the caller is (one statement, as GetAccess), then the page (one message).
  const access = await listingAccess(db, actor);
  const rows = await selectClients(db.pool, {
    agencyId: actor.agencyId,
    visibleTo: access.permissions.includes('clients:read_all') ? null : actor.userId,
    status: input.status || null,
    search: input.query.trim() || null,
    tag: input.tag.trim() ? normaliseTag(input.tag) : null,
    accountManagerId: input.accountManagerId || null,
    ownerId: input.ownerId || null,
    sort,
    order,
    after,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ row }) => row),
    nextCursor: rows.length > limit && last ? encodeClientCursor(last.position) : null,
  };
}

/**
 * What the caller may list: an API key's own permissions, a member's role's, or none for a person who
 * is only a client user of the agency (they see the clients they are users of). Anyone else answers
 * not_found, as for every agency-level call.
 */
async function listingAccess(
  db: Db,
  actor: Actor & { agencyId: string },
): Promise<{ permissions: readonly string[] }> {
  if (actor.apiKeyId) return { permissions: actor.apiKeyPermissions ?? [] };
  const member = await findMemberAccess(db, actor.agencyId, actor.userId);
  if (!member) throw new DomainError('not_found', NO_AGENCY);
  if (member.role === 'client_user') return { permissions: [] };
  return accessOfMember(member, actor.agencyId, actor.userId);
}
