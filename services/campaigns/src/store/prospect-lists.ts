import type { Prisma } from '../generated/prisma/client';
import type { Tx } from './db';

/** A named set of the client's prospects, with how many stored prospects are on it. */
export interface ProspectListRecord {
  id: string;
  clientId: string;
  name: string;
  prospectCount: number;
  createdAt: Date;
  updatedAt: Date;
}

const LIST_SELECT = {
  id: true,
  clientId: true,
  name: true,
  createdAt: true,
  updatedAt: true,
  // Deleted prospects leave their lists, so every member is a stored prospect.
  _count: { select: { members: true } },
} satisfies Prisma.ProspectListSelect;

function recordOf(row: Prisma.ProspectListGetPayload<{ select: typeof LIST_SELECT }>): ProspectListRecord {
  const { _count, ...fields } = row;
  return { ...fields, prospectCount: _count.members };
}

export async function findList(tx: Tx, clientId: string, listId: string): Promise<ProspectListRecord | null> {
  const row = await tx.prospectList.findFirst({ where: { id: listId, clientId }, select: LIST_SELECT });
  return row ? recordOf(row) : null;
}

/** Whether another list of the client than `exceptId` has the name, compared case-insensitively. */
export async function listNameTaken(
  tx: Tx,
  clientId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const rows: unknown[] = await tx.$queryRawUnsafe(
    `SELECT 1 FROM prospect_lists WHERE client_id = $1::uuid AND lower(name) = lower($2)
        AND ($3::uuid IS NULL OR id <> $3::uuid)`,
    clientId,
    name,
    exceptId ?? null,
  );
  return rows.length > 0;
}

/** Newest first, after the position (created_at, id) of the previous page; `limit + 1` rows. */
export async function listLists(
  tx: Tx,
  clientId: string,
  after: { createdAt: string; id: string } | null,
  limit: number,
): Promise<ProspectListRecord[]> {
  const position: Prisma.ProspectListWhereInput = after
    ? {
        OR: [
          { createdAt: { lt: new Date(after.createdAt) } },
          { createdAt: new Date(after.createdAt), id: { lt: after.id } },
        ],
      }
    : {};
  const rows = await tx.prospectList.findMany({
    where: { clientId, ...position },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: LIST_SELECT,
  });
  return rows.map(recordOf);
}

export async function insertList(
  tx: Tx,
  scope: { agencyId: string; clientId: string },
  id: string,
  name: string,
): Promise<ProspectListRecord> {
  // Milliseconds, the precision libs/db's list cursors keep.
  const now = new Date();
  const row = await tx.prospectList.create({
    data: { id, ...scope, name, createdAt: now, updatedAt: now },
    select: LIST_SELECT,
  });
  return recordOf(row);
}

export async function renameList(tx: Tx, listId: string, name: string): Promise<ProspectListRecord> {
  const row = await tx.prospectList.update({
    where: { id: listId },
    data: { name, updatedAt: new Date() },
    select: LIST_SELECT,
  });
  return recordOf(row);
}

/** Deletes the list and its memberships; its prospects stay. */
export async function deleteList(tx: Tx, listId: string): Promise<void> {
  await tx.prospectList.delete({ where: { id: listId } });
}

/** Puts the client's stored prospects of these ids on the list; answers how many were newly added. */
export async function addToList(
  tx: Tx,
  scope: { agencyId: string; clientId: string },
  listId: string,
  prospectIds: string[],
): Promise<number> {
  return tx.$executeRawUnsafe(
    `INSERT INTO prospect_list_members (list_id, prospect_id, agency_id, client_id, added_at)
     SELECT $1::uuid, p.id, $2::uuid, p.client_id, now()
       FROM prospects p WHERE p.id = ANY ($3::uuid[]) AND p.client_id = $4::uuid AND p.deleted_at IS NULL
     ON CONFLICT DO NOTHING`,
    listId,
    scope.agencyId,
    prospectIds,
    scope.clientId,
  );
}

export async function removeFromList(tx: Tx, listId: string, prospectIds: string[]): Promise<number> {
  const { count } = await tx.prospectListMember.deleteMany({
    where: { listId, prospectId: { in: prospectIds } },
  });
  return count;
}
