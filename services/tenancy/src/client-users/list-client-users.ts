import { pageSize } from '@atrium/db';
import type { FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import {
  CLIENT_USER_SORTS,
  decodeClientUserCursor,
  encodeClientUserCursor,
  listClientUsers as selectClientUsers,
  type ClientUser,
  type ClientUserSort,
} from '../store/client-users';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { enterClient } from './client-access';
import { refuseProblems } from './client-user-fields';

export interface ListClientUsersInput {
  clientId: string;
  limit: number;
  cursor: string;
  query: string;
  sort: string;
  order: string;
}

/** A client's users, for anyone who may enter the client (every client role reads everything). */
export async function listClientUsers(
  db: Db,
  actorOrNone: Actor | undefined,
  input: ListClientUsersInput,
): Promise<{ clientUsers: ClientUser[]; nextCursor: string | null }> {
  const actor = requireActor(actorOrNone);
  const problems: FieldProblem[] = [];
  if (input.limit < 0 || input.limit > 100)
    problems.push({ field: 'limit', message: 'must be between 1 and 100' });
  const sort = (input.sort || 'name') as ClientUserSort;
  if (!Object.hasOwn(CLIENT_USER_SORTS, sort))
    problems.push({ field: 'sort', message: `must be one of ${Object.keys(CLIENT_USER_SORTS).join(', ')}` });
  if (input.order && input.order !== 'asc' && input.order !== 'desc')
    problems.push({ field: 'order', message: 'must be asc or desc' });
  refuseProblems(problems, 'The list query is not valid.');
  const order = (input.order || CLIENT_USER_SORTS[sort].defaultOrder) as 'asc' | 'desc';
  const limit = pageSize(input.limit);
  const after = input.cursor ? decodeClientUserCursor(input.cursor, sort, order) : null;
  const rows = await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const entry = await enterClient(tx, actor, input.clientId);
    return selectClientUsers(tx, {
      clientId: entry.client.id,
      search: input.query.trim() || null,
      sort,
      order,
      after,
      limit: limit + 1,
    });
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    clientUsers: page.map((row) => row.clientUser),
    nextCursor: rows.length > limit && last ? encodeClientUserCursor(last.position) : null,
  };
}
