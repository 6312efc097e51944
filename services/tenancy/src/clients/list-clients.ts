import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import { decodeCursor, pageOf, pageSize } from '@atrium/db';
import { listClients as selectClients, type ClientRow } from '../store/clients';
import type { Db } from '../store/db';
import { DomainError } from '@atrium/errors';

export interface ListClientsInput {
  limit: number;
  cursor: string;
  status: string;
  query: string;
}

/** The clients the caller may enter, newest first: all with clients:read_all, else own and team ones. */
export async function listClients(
  db: Db,
  actorOrNone: Actor | undefined,
  input: ListClientsInput,
): Promise<{ clients: ClientRow[]; nextCursor: string | null }> {
  const actor = requireActor(actorOrNone);
  if (input.status && input.status !== 'active' && input.status !== 'inactive') {
    throw new DomainError('validation_failed', 'status must be active or inactive.', {
      fields: [{ field: 'status', message: 'must be active or inactive' }],
    });
  }
  const limit = pageSize(input.limit);
  const access = await resolveActorAccess(db, actor);
  const rows = await selectClients(db, {
    agencyId: actor.agencyId,
    visibleTo: access.permissions.includes('clients:read_all') ? null : actor.userId,
    status: input.status || null,
    search: input.query.trim() || null,
    after: input.cursor ? decodeCursor(input.cursor) : null,
    limit: limit + 1,
  });
  const { items, nextCursor } = pageOf(rows, limit);
  return { clients: items, nextCursor };
}
