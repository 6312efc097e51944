import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import {
  memberPermissions,
  requireHeldByCaller,
  requirePermission,
  resolveActorAccess,
} from '../access/resolve-access';
import { isUuid } from '../domain/ids';
import { clientPayload } from '../events/client-payload';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import {
  clearAccountManager,
  findClient,
  listClientIdsManagedBy,
  listClientsOwnedBy,
  transferOwnedClients,
} from '../store/clients';
import { deleteMember, findMembership, findOwner } from '../store/members';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { findMember } from './find-member';

/**
 * Takes a person out of the agency (member.removed). Nobody may be left owning clients through a
 * membership that no longer exists: the caller names who takes them over, or learns which they are.
 * Their team places go with the membership; clients they managed keep no account manager.
 */
export async function removeMember(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { userId: string; transferClientsTo: string },
): Promise<string[]> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    requirePermission(access, 'members:manage');
    const member = await findMember(tx, actor.agencyId, input.userId);
    if (member.role === 'owner') {
      throw new DomainError('conflict', 'The owner cannot be removed; transfer ownership first.', {
        fields: [{ field: 'userId', message: 'is the agency owner' }],
      });
    }
    requireHeldByCaller(access, memberPermissions(member), "This member's role");
    const owned = await listClientsOwnedBy(tx, actor.agencyId, member.userId);
    const held = owned.filter((client) => client.status !== 'deleted');
    if (held.length > 0 && !input.transferClientsTo) {
      const names = held.map((client) => `"${client.name}"`).join(', ');
      throw new DomainError('conflict', `${member.name} still owns ${held.length} client(s): ${names}.`, {
        fields: [
          {
            field: 'transferClientsTo',
            message: `is required: the member owns ${held.length} client(s): ${names}`,
          },
        ],
      });
    }
    const heir = await heirOf(tx, actor.agencyId, member.userId, input.transferClientsTo);
    const managed = await listClientIdsManagedBy(tx, actor.agencyId, member.userId);
    if (owned.length > 0) await transferOwnedClients(tx, actor.agencyId, member.userId, heir);
    if (managed.length > 0) await clearAccountManager(tx, actor.agencyId, member.userId);
    await deleteMember(tx, actor.agencyId, member.userId);

    const ownedIds = new Set(held.map((client) => client.id));
    const managedIds = new Set(managed);
    for (const clientId of new Set([...ownedIds, ...managedIds])) {
      const client = await findClient(tx, clientId);
      if (!client || client.status === 'deleted') continue;
      const changedFields = [
        ...(ownedIds.has(clientId) ? ['ownerId'] : []),
        ...(managedIds.has(clientId) ? ['accountManagerId'] : []),
      ];
      await enqueueEvent(
        tx,
        {
          type: 'atrium.tenancy.v1.client.updated',
          subject: `agencies/${actor.agencyId}/clients/${clientId}`,
          data: {
            agencyId: actor.agencyId,
            clientId,
            changedFields,
            client: clientPayload(client),
            updatedBy: actor.userId,
          },
        },
        EVENT_SOURCE,
      );
    }
    const transferred = held.map((client) => client.id);
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.member.removed',
        subject: `agencies/${actor.agencyId}/members/${member.userId}`,
        data: {
          agencyId: actor.agencyId,
          userId: member.userId,
          removedBy: actor.userId,
          clientsTransferredTo: transferred.length > 0 ? heir : '',
          transferredClientIds: transferred,
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'member.removed',
      targetType: 'member',
      targetId: member.userId,
      before: {
        name: member.name,
        email: member.email,
        role: member.role,
        roleId: member.customRoleId,
        ownedClientIds: transferred,
        managedClientIds: [...managedIds],
      },
      after: transferred.length > 0 ? { clientsTransferredTo: heir } : undefined,
    });
    return transferred;
  });
}

/**
 * Who takes the removed person's clients: the named member, or, when they hold only deleted clients
 * (whose rows must still name an owner), the agency owner.
 */
async function heirOf(tx: Tx, agencyId: string, leaving: string, named: string): Promise<string> {
  if (!named) {
    return (await findOwner(tx, agencyId)).userId;
  }
  const heir = isUuid(named) && named !== leaving ? await findMembership(tx, agencyId, named) : null;
  if (!heir) {
    throw new DomainError('validation_failed', 'The clients must go to another member of the agency.', {
      fields: [{ field: 'transferClientsTo', message: 'must be another member of this agency' }],
    });
  }
  return heir.userId;
}
