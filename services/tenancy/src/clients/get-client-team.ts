import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import type { ClientRecord } from '../store/clients';
import { listTeam, type TeamMemberRecord } from '../store/client-team';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { findVisibleClient } from './visible-client';

/** Who looks after a client: its owner, and its team without the owner. */
export interface ClientTeam {
  ownerId: string;
  ownerName: string;
  members: TeamMemberRecord[];
}

/** The team of a client the caller may enter. */
export async function getClientTeam(
  db: Db,
  actorOrNone: Actor | undefined,
  clientId: string,
): Promise<ClientTeam> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) =>
    teamOf(tx, await findVisibleClient(tx, await resolveActorAccess(tx, actor), clientId)),
  );
}

export async function teamOf(tx: Tx, client: ClientRecord): Promise<ClientTeam> {
  return {
    ownerId: client.ownerId,
    ownerName: client.ownerName,
    members: await listTeam(tx, client.agencyId, client.id),
  };
}
