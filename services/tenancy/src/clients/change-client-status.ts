import { enqueueEvent } from '@atrium/events';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { findClient, setClientStatus, type ClientRecord } from '../store/clients';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { findVisibleClient } from './visible-client';

/**
 * The on/off switch: an inactive client keeps all its data, still counts against the plan, and its
 * running campaigns stop (campaigns reacts to client.deactivated); reactivating leaves them stopped.
 * Switching to the state the client is in changes nothing and publishes nothing.
 */
export function deactivateClient(db: Db, actor: Actor | undefined, clientId: string): Promise<ClientRecord> {
  return switchClient(db, actor, clientId, 'inactive');
}

export function reactivateClient(db: Db, actor: Actor | undefined, clientId: string): Promise<ClientRecord> {
  return switchClient(db, actor, clientId, 'active');
}

async function switchClient(
  db: Db,
  actorOrNone: Actor | undefined,
  clientId: string,
  status: 'active' | 'inactive',
): Promise<ClientRecord> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    const current = await findVisibleClient(tx, access, clientId);
    requirePermission(access, 'clients:update');
    if (current.status === status) return current;
    await setClientStatus(tx, actor.agencyId, current.id, status);
    const deactivated = status === 'inactive';
    await enqueueEvent(
      tx,
      {
        type: deactivated ? 'atrium.tenancy.v1.client.deactivated' : 'atrium.tenancy.v1.client.reactivated',
        subject: `agencies/${current.agencyId}/clients/${current.id}`,
        data: {
          agencyId: current.agencyId,
          clientId: current.id,
          name: current.name,
          [deactivated ? 'deactivatedBy' : 'reactivatedBy']: actor.userId,
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: deactivated ? 'client.deactivated' : 'client.reactivated',
      targetType: 'client',
      targetId: current.id,
      clientId: current.id,
      before: { status: current.status },
      after: { status },
    });
    return (await findClient(tx, current.id))!;
  });
}
