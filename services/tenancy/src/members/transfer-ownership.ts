import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { resolveActorAccess } from '../access/resolve-access';
import { isUuid } from '../domain/ids';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { findMembership, handOverOwnership, type AgencyMember } from '../store/members';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** The owner hands the agency to another member and stays on as an admin (agency.ownership_transferred). */
export async function transferOwnership(
  db: Db,
  actorOrNone: Actor | undefined,
  newOwnerId: string,
): Promise<{ previousOwner: AgencyMember; newOwner: AgencyMember }> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    if (access.role !== 'owner') throw new DomainError('forbidden', 'Only the owner may transfer ownership.');
    const heir = isUuid(newOwnerId) ? await findMembership(tx, actor.agencyId, newOwnerId) : null;
    if (!heir || heir.userId === actor.userId) {
      throw new DomainError('validation_failed', 'The new owner must be another member of the agency.', {
        fields: [{ field: 'newOwnerId', message: 'must be another member of this agency' }],
      });
    }
    const { previousOwner, newOwner } = await handOverOwnership(
      tx,
      actor.agencyId,
      actor.userId,
      heir.userId,
    );
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.agency.ownership_transferred',
        subject: `agencies/${actor.agencyId}`,
        data: { agencyId: actor.agencyId, previousOwnerId: actor.userId, newOwnerId: heir.userId },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'agency.ownership_transferred',
      targetType: 'agency',
      targetId: actor.agencyId,
      before: { ownerId: actor.userId, newOwnerRole: heir.role, newOwnerRoleId: heir.customRoleId },
      after: { ownerId: heir.userId, previousOwnerRole: 'admin' },
    });
    return { previousOwner, newOwner };
  });
}
