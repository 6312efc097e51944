import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { deleteClientUser, type ClientUser } from '../store/client-users';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { findUserOf, manageClientUsers } from './client-access';
import { auditedFields } from './client-user-fields';

/**
 * Removes a user from a client account; their pending invitations go with the row (the foreign key
 * cascades), so their link dies too. The primary stays until the role is handed over.
 */
export async function removeClientUser(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { clientId: string; userId: string },
): Promise<void> {
  const actor = requireActor(actorOrNone);
  await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const entry = await manageClientUsers(tx, actor, input.clientId);
    const clientUser = await findUserOf(tx, entry, input.userId);
    if (clientUser.role === 'primary') {
      throw new DomainError('conflict', 'The primary user cannot be removed: hand the role over first.', {
        fields: [{ field: 'userId', message: 'is the primary user' }],
      });
    }
    await remove(tx, actor, clientUser);
  });
}

/**
 * Undoes a creation with an initial password that identity refused (a weak password): the user, still
 * without an identity, goes whatever their role, so nothing of the refused request remains.
 */
export async function discardClientUser(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { clientId: string; userId: string },
): Promise<void> {
  const actor = requireActor(actorOrNone);
  await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const entry = await manageClientUsers(tx, actor, input.clientId);
    const clientUser = await findUserOf(tx, entry, input.userId);
    if (clientUser.identityUserId !== null) {
      throw new DomainError('conflict', 'The user already has an identity and cannot be discarded.', {
        fields: [{ field: 'userId', message: 'already has an identity' }],
      });
    }
    await remove(tx, actor, clientUser);
  });
}

async function remove(tx: Tx, actor: Actor & { agencyId: string }, clientUser: ClientUser): Promise<void> {
  await deleteClientUser(tx, clientUser.id);
  await enqueueEvent(
    tx,
    {
      type: 'atrium.tenancy.v1.client_user.removed',
      subject: `agencies/${actor.agencyId}/clients/${clientUser.clientId}/users/${clientUser.id}`,
      data: {
        agencyId: actor.agencyId,
        clientId: clientUser.clientId,
        clientUserId: clientUser.id,
        identityUserId: clientUser.identityUserId ?? '',
        removedBy: actor.apiKeyId ?? actor.userId,
      },
    },
    EVENT_SOURCE,
  );
  await recordAudit(tx, actor, {
    action: 'client_user.removed',
    targetType: 'client_user',
    targetId: clientUser.id,
    clientId: clientUser.clientId,
    before: auditedFields(clientUser),
  });
}
