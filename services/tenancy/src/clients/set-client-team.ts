import { enqueueEvent } from '@atrium/events';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { isUuid } from '../domain/ids';
import { clientPayload } from '../events/client-payload';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { findClient, setClientOwner } from '../store/clients';
import { replaceTeam } from '../store/client-team';
import { existingMemberIds } from '../store/members';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { teamOf, type ClientTeam } from './get-client-team';
import { findVisibleClient } from './visible-client';

/**
 * Replaces a client's owner and team (client.team_changed; client.updated too when the owner changed,
 * since the owner is a field of the client). Handing the client to another owner is for its current
 * owner or an agency owner or admin (docs/product.md "Team and ownership").
 */
export async function setClientTeam(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { clientId: string; ownerId: string; memberIds: string[] },
): Promise<ClientTeam> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    const current = await findVisibleClient(tx, access, input.clientId);
    requirePermission(access, 'clients:manage_team');
    const ownerChanged = input.ownerId !== current.ownerId;
    if (
      ownerChanged &&
      access.userId !== current.ownerId &&
      access.role !== 'owner' &&
      access.role !== 'admin'
    ) {
      throw new DomainError(
        'forbidden',
        "Only the client's owner or an agency owner or admin may hand it over.",
      );
    }
    const memberIds = [...new Set(input.memberIds)].filter((userId) => userId !== input.ownerId);
    const ids = [input.ownerId, ...memberIds].filter(isUuid);
    const members = await existingMemberIds(tx, actor.agencyId, ids);
    const problems: FieldProblem[] = [];
    if (!input.ownerId) problems.push({ field: 'ownerId', message: 'is required' });
    else if (!members.has(input.ownerId))
      problems.push({ field: 'ownerId', message: 'is not a member of this agency' });
    const strangers = memberIds.filter((userId) => !members.has(userId));
    if (strangers.length > 0)
      problems.push({
        field: 'memberIds',
        message: `are not members of this agency: ${strangers.join(', ')}`,
      });
    if (problems.length > 0)
      throw new DomainError('validation_failed', 'The team names people outside this agency.', {
        fields: problems,
      });

    const before = await teamOf(tx, current);
    const previousIds = new Set(before.members.map((member) => member.userId));
    const teamChanged = previousIds.size !== memberIds.length || memberIds.some((id) => !previousIds.has(id));
    if (!ownerChanged && !teamChanged) return before;
    if (ownerChanged) await setClientOwner(tx, actor.agencyId, current.id, input.ownerId);
    await replaceTeam(tx, actor.agencyId, current.id, memberIds);
    const client = (await findClient(tx, current.id))!;
    const subject = `agencies/${client.agencyId}/clients/${client.id}`;
    const after = await teamOf(tx, client);
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.client.team_changed',
        subject,
        data: {
          agencyId: client.agencyId,
          clientId: client.id,
          ownerId: client.ownerId,
          memberIds: after.members.map((member) => member.userId),
          previousOwnerId: current.ownerId,
          changedBy: actor.userId,
        },
      },
      EVENT_SOURCE,
    );
    if (ownerChanged)
      await enqueueEvent(
        tx,
        {
          type: 'atrium.tenancy.v1.client.updated',
          subject,
          data: {
            agencyId: client.agencyId,
            clientId: client.id,
            changedFields: ['ownerId'],
            client: clientPayload(client),
            updatedBy: actor.userId,
          },
        },
        EVENT_SOURCE,
      );
    await recordAudit(tx, actor, {
      action: 'client.team_changed',
      targetType: 'client',
      targetId: client.id,
      clientId: client.id,
      before: { ownerId: current.ownerId, memberIds: before.members.map((member) => member.userId) },
      after: { ownerId: client.ownerId, memberIds: after.members.map((member) => member.userId) },
    });
    return after;
  });
}
