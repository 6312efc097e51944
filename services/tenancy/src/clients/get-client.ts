import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { clientAccessOf } from '../access/get-client-access';
import { requireActor } from '../access/require-actor';
import { findClientEntry } from '../store/client-access';
import type { ClientRecord } from '../store/clients';
import type { Db } from '../store/transaction';

const NO_CLIENT = 'No such client.';

/**
 * One client account the caller may enter: as an agency user (clients:read_all, owner or team, even
 * while it is inactive) or as one of its active users while it is on. The caller's standing and the
 * client come in one statement (findClientEntry); whether the caller enters is decided here by the rule
 * GetClientAccess answers the gateway with (clientAccessOf), which mirrors enterClient's.
 */
export async function getClient(
  db: Db,
  actorOrNone: Actor | undefined,
  clientId: string,
): Promise<ClientRecord> {
  const actor = requireActor(actorOrNone);
  const entry = await findClientEntry(db, actor.agencyId, actor.apiKeyId ? null : actor.userId, clientId);
  if (!entry) throw new DomainError('not_found', NO_CLIENT);
  clientAccessOf(actor, entry.standing);
  if (!entry.client) throw new Error('clientAccessOf let a caller into a client client_entry did not find');
  return entry.client;
}
