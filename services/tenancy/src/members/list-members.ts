import { pageSize } from '@atrium/db';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import {
  decodeMemberCursor,
  encodeMemberCursor,
  listMembers as selectMembers,
  type ListedMember,
} from '../store/member-list';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** The agency's team by name; any member may read it (owners and account managers are chosen from it). */
export async function listMembers(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { limit: number; cursor: string },
): Promise<{ members: ListedMember[]; nextCursor: string | null }> {
  const actor = requireActor(actorOrNone);
  const limit = pageSize(input.limit);
  const after = input.cursor ? decodeMemberCursor(input.cursor) : null;
  const rows = await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    await resolveActorAccess(tx, actor);
    return selectMembers(tx, actor.agencyId, after, limit + 1);
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    members: page.map((row) => row.member),
    nextCursor: rows.length > limit && last ? encodeMemberCursor(last.position) : null,
  };
}
