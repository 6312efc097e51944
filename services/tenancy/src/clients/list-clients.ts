import { pageSize } from '@atrium/db';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess, type Access } from '../access/resolve-access';
import { normaliseTag } from '../domain/client-fields';
import { isUuid } from '../domain/ids';
import {
  CLIENT_SORTS,
  decodeClientCursor,
  encodeClientCursor,
  listClients as selectClients,
  type ClientSort,
} from '../store/client-list';
import type { ClientRecord } from '../store/clients';
import type { Db, Tx } from '../store/db';
import { inTenant } from '../store/tenant';

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
 * The clients the caller may enter (all with clients:read_all, else own and team ones, and those the
 * caller is an active user of), filtered and sorted, one keyset page at a time. A person who is only a
 * client user sees just their clients.
 */
export async function listClients(
  db: Db,
  actorOrNone: Actor | undefined,
  input: ListClientsInput,
): Promise<{ clients: ClientRecord[]; nextCursor: string | null }> {
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
  const rows = await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await agencyAccessOrNone(tx, actor);
    return selectClients(tx, {
      agencyId: actor.agencyId,
      // Without read_all: own and team clients, and those the person is an active user of.
      visibleTo: access?.permissions.includes('clients:read_all') ? null : actor.userId,
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
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    clients: page.map((row) => row.client),
    nextCursor: rows.length > limit && last ? encodeClientCursor(last.position) : null,
  };
}

/**
 * The caller's agency access, or null for an active client user of the agency who is not a member.
 * Anyone else answers not_found, as for every agency-level call.
 */
async function agencyAccessOrNone(tx: Tx, actor: Actor & { agencyId: string }): Promise<Access | null> {
  try {
    return await resolveActorAccess(tx, actor);
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'not_found') || !isUuid(actor.userId)) throw error;
    const clientUser = await tx.clientUser.findFirst({
      where: { agencyId: actor.agencyId, identityUserId: actor.userId, status: 'active' },
      select: { id: true },
    });
    if (!clientUser) throw error;
    return null;
  }
}
