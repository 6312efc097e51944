import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { EVENT_SOURCE } from '../events/source';
import type { AgencyMember } from '../generated/prisma/client';
import type { Db } from '../store/db';
import { inTenant } from '../store/tenant';
import { findMember } from './find-member';

// The owner is made only by TransferOwnership.
const ASSIGNABLE_ROLES = ['admin', 'member'];

/** Gives a member another role (member.role_changed). */
export async function changeMemberRole(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { userId: string; role: string },
): Promise<AgencyMember> {
  const actor = requireActor(actorOrNone);
  if (!ASSIGNABLE_ROLES.includes(input.role)) {
    throw new DomainError('validation_failed', 'The role is not one that can be assigned.', {
      fields: [{ field: 'role', message: `must be one of ${ASSIGNABLE_ROLES.join(', ')}` }],
    });
  }
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    requirePermission(await resolveActorAccess(tx, actor), 'members:manage');
    const member = await findMember(tx, actor.agencyId, input.userId);
    if (member.role === 'owner') {
      throw new DomainError('conflict', "The owner's role changes only by transferring ownership.", {
        fields: [{ field: 'userId', message: 'is the agency owner' }],
      });
    }
    if (member.role === input.role) return member;
    const updated = await tx.agencyMember.update({
      where: { agencyId_userId: { agencyId: actor.agencyId, userId: member.userId } },
      data: { role: input.role },
    });
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.member.role_changed',
        subject: `agencies/${actor.agencyId}/members/${member.userId}`,
        data: {
          agencyId: actor.agencyId,
          userId: member.userId,
          role: input.role,
          previousRole: member.role,
          changedBy: actor.userId,
        },
      },
      EVENT_SOURCE,
    );
    return updated;
  });
}
