import { randomUUID } from 'node:crypto';
import { decodeCursor, encodeCursor, pageSize } from '@atrium/db';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/grpc';
import { inClient, type ClientScope } from '../clients/client-scope';
import { CAMPAIGNS_ERRORS } from '../domain/errors';
import { checkIds, checkName, valuesOf } from '../domain/prospect-fields';
import { prospectFilterOf, type ProspectFilterInput } from '../prospects/read-prospects';
import { addMatchingToList } from '../store/prospect-query';
import {
  addToList,
  deleteList,
  findList,
  insertList,
  listLists,
  listNameTaken,
  removeFromList,
  renameList,
  type ProspectListRecord,
} from '../store/prospect-lists';
import type { Db, Tx } from '../store/transaction';

/** docs/product.md "Client roles": every change of a list needs lists:write. */
const PERMISSION = 'lists:write';

function nameInUse(): DomainError {
  return new DomainError(CAMPAIGNS_ERRORS.list_name_in_use, 'The client has a list of this name.', {
    fields: [{ field: 'name', message: 'is the name of another list of the client' }],
  });
}

async function requireList(tx: Tx, scope: ClientScope, listId: string): Promise<ProspectListRecord> {
  const checked = checkIds([listId], 'listId');
  const list = checked.ok ? await findList(tx, scope.clientId, checked.value[0]!) : null;
  if (!list) throw new DomainError('not_found', 'No such list.');
  return list;
}

export function listProspectLists(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; limit: number; cursor: string },
): Promise<{ lists: ProspectListRecord[]; nextCursor: string | null }> {
  return inClient(db, actor, request.clientId, undefined, async (tx, scope) => {
    const limit = pageSize(request.limit);
    const after = request.cursor ? decodeCursor(request.cursor) : null;
    const rows = await listLists(tx, scope.clientId, after, limit);
    const lists = rows.slice(0, limit);
    const last = lists[lists.length - 1];
    return {
      lists,
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
          : null,
    };
  });
}

export function createProspectList(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; name: string },
): Promise<ProspectListRecord> {
  return inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    const { name } = valuesOf({ name: checkName(request.name, 'name') });
    if (await listNameTaken(tx, scope.clientId, name)) throw nameInUse();
    return insertList(tx, scope, randomUUID(), name);
  });
}

export function updateProspectList(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; listId: string; name: string },
): Promise<ProspectListRecord> {
  return inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    const list = await requireList(tx, scope, request.listId);
    const { name } = valuesOf({ name: checkName(request.name, 'name') });
    if (await listNameTaken(tx, scope.clientId, name, list.id)) throw nameInUse();
    return renameList(tx, list.id, name);
  });
}

export async function deleteProspectList(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; listId: string },
): Promise<void> {
  await inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    await deleteList(tx, (await requireList(tx, scope, request.listId)).id);
  });
}

/** Appends the given prospects, or every one the filter matches; exactly one of the two. */
export function addProspectsToList(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; listId: string; prospectIds: string[]; filter: ProspectFilterInput | null },
): Promise<number> {
  return inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    const list = await requireList(tx, scope, request.listId);
    if (request.prospectIds.length > 0 === (request.filter !== null))
      throw new DomainError('validation_failed', 'Send either prospectIds or a filter.', {
        fields: [{ field: 'prospectIds', message: 'must be given, or a filter instead, not both' }],
      });
    if (request.filter)
      return addMatchingToList(tx, scope, list.id, prospectFilterOf(request.filter, 'filter'));
    const { prospectIds } = valuesOf({ prospectIds: checkIds(request.prospectIds, 'prospectIds') });
    return addToList(tx, scope, list.id, prospectIds);
  });
}

export function removeProspectsFromList(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; listId: string; prospectIds: string[] },
): Promise<number> {
  return inClient(db, actor, request.clientId, PERMISSION, async (tx, scope) => {
    const list = await requireList(tx, scope, request.listId);
    const { prospectIds } = valuesOf({ prospectIds: checkIds(request.prospectIds, 'prospectIds') });
    return removeFromList(tx, list.id, prospectIds);
  });
}
