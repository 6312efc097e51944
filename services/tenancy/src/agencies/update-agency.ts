import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { applyBrandingPatch, clientLoginUrl, type AgencyBranding } from '../domain/branding';
import { EVENT_SOURCE } from '../events/source';
import { Prisma } from '../generated/prisma/client';
import type { AgencyRecord } from '../store/agencies';
import type { Db } from '../store/db';
import { inTenant } from '../store/tenant';

/**
 * Changes the agency's name and branding and announces the result (agency.updated), which
 * notification projects into its emails. A login slug is unique across the platform; the unique index
 * is the judge, since row-level security hides every other agency from this transaction.
 */
export async function updateAgency(
  db: Db,
  actorOrNone: Actor | undefined,
  patch: Partial<AgencyBranding>,
  publicAppUrl: string,
): Promise<AgencyRecord> {
  const actor = requireActor(actorOrNone);
  try {
    return await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
      const access = await resolveActorAccess(tx, actor);
      requirePermission(access, 'organization:manage');
      const current = access.agency;
      const { next, changed } = applyBrandingPatch(
        {
          name: current.name,
          displayName: current.displayName,
          logoUrl: current.logoUrl,
          primaryColor: current.primaryColor,
          supportEmail: current.supportEmail,
          loginSlug: current.loginSlug ?? '',
        },
        patch,
      );
      if (changed.length === 0) return current;
      const agency = await tx.agency.update({
        where: { id: actor.agencyId },
        data: { ...next, loginSlug: next.loginSlug || null },
      });
      await enqueueEvent(
        tx,
        {
          type: 'atrium.tenancy.v1.agency.updated',
          subject: `agencies/${agency.id}`,
          data: {
            agencyId: agency.id,
            ...next,
            clientLoginUrl: clientLoginUrl(publicAppUrl, next.loginSlug),
            changedFields: changed,
            updatedBy: actor.userId,
          },
        },
        EVENT_SOURCE,
      );
      return agency;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new DomainError('conflict', 'Another agency already uses this login slug.', {
        fields: [{ field: 'loginSlug', message: 'is taken' }],
      });
    }
    throw error;
  }
}
