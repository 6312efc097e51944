import { pageSize } from '@atrium/db';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { NO_AGENCY, permissionsOfMember } from '../access/resolve-access';
import { AGENCY_ROLES, permissionsOf } from '../domain/permissions';
import { normaliseTag } from '../domain/client-fields';
import { isUuid } from '../domain/ids';
import {
  CLIENT_SORTS,
  decodeClientCursor,
  encodeClientCursor,
  listClients as selectClients,
  listClientsAsMember,
  type ClientListPosition,
  type ClientListQuery,
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
  const filters = {
    agencyId: actor.agencyId,
    status: input.status || null,
    search: input.query.trim() || null,
    tag: input.tag.trim() ? normaliseTag(input.tag) : null,
    accountManagerId: input.accountManagerId || null,
    ownerId: input.ownerId || null,
    sort,
    order,
    after,
    limit: limit + 1,
  };
  const rows = actor.apiKeyId
    ? await selectClients(db.pool, {
        ...filters,
        // An API key holds exactly the permissions identity gave it; it owns no clients, is on no team.
        visibleTo: (actor.apiKeyPermissions ?? []).includes(READ_ALL) ? null : actor.userId,
      })
    : await memberPage(db, actor, filters);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ row }) => row),
    nextCursor: rows.length > limit && last ? encodeClientCursor(last.position) : null,
  };
}

const READ_ALL = 'clients:read_all';
/** The built-in roles that see every client, as domain/permissions.ts grants it. */
const READ_ALL_ROLES = AGENCY_ROLES.filter((role) => permissionsOf(role).includes(READ_ALL));

/**
 * A person's page in one round trip with their access (member_client_list_page): a member sees every
 * client with clients:read_all, else own and team ones; a person who is only a client user of the agency
 * sees the clients they are users of. Anyone else, or a role the code does not know, answers not_found,
 * as for every agency-level call.
 */
async function memberPage(
  db: Db,
  actor: Actor & { agencyId: string },
  filters: Omit<ClientListQuery, 'visibleTo'>,
): Promise<Array<{ row: ClientListRow; position: ClientListPosition }>> {
  if (!isUuid(actor.userId)) throw new DomainError('not_found', NO_AGENCY);
  const { member, rows } = await listClientsAsMember(db.pool, {
    ...filters,
    userId: actor.userId,
    readAllRoles: READ_ALL_ROLES,
    readAllPermission: READ_ALL,
  });
  const permissions = member.role === 'client_user' ? [] : permissionsOfMember(member);
  if (permissions === null) throw new DomainError('not_found', NO_AGENCY);
  // The page was chosen in SQL from the same roles: it must have seen what this code grants.
  if (permissions.includes(READ_ALL) !== member.readsAll)
    throw new Error(`member_client_list_page and the permissions disagree on ${READ_ALL} for ${member.role}`);
  return rows;
}
