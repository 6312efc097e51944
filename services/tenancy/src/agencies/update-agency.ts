import { enqueueEvent } from '@atrium/events';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { applyProfilePatch, type AgencyProfile, type AgencyProfilePatch } from '../domain/agency-profile';
import { clientLoginUrl, collectBrandingPatch, type AgencyBranding } from '../domain/branding';
import { EVENT_SOURCE } from '../events/source';
import { updateAgencyFields, type AgencyRecord } from '../store/agencies';
import { changedFields, recordAudit } from '../store/audit';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { isUniqueViolation } from '../store/unique-violation';

export type AgencyPatch = Partial<AgencyBranding> & AgencyProfilePatch;

/**
 * Changes the agency's name, branding and profile and announces the result (agency.updated), which
 * notification projects into its emails. A login slug is unique across the platform; the unique index
 * is the judge, since row-level security hides every other agency from this transaction.
 */
export async function updateAgency(
  db: Db,
  actorOrNone: Actor | undefined,
  patch: AgencyPatch,
  publicAppUrl: string,
): Promise<AgencyRecord> {
  const actor = requireActor(actorOrNone);
  try {
    return await inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
      const access = await resolveActorAccess(tx, actor);
      requirePermission(access, 'organization:manage');
      const current = access.agency;
      const problems: FieldProblem[] = [];
      const currentBranding: AgencyBranding = {
        name: current.name,
        displayName: current.displayName,
        logoUrl: current.logoUrl,
        primaryColor: current.primaryColor,
        supportEmail: current.supportEmail,
        loginSlug: current.loginSlug ?? '',
      };
      const branding = collectBrandingPatch(currentBranding, patch, problems);
      const currentProfile = profileOf(current);
      const profile = applyProfilePatch(currentProfile, patch, problems);
      if (problems.length > 0)
        throw new DomainError('validation_failed', 'The agency has invalid fields.', { fields: problems });
      const changed = [...branding.changed, ...profile.changed];
      if (changed.length === 0) return current;
      const { next } = branding;
      const { address, ...contact } = profile.next;
      const agency = await updateAgencyFields(tx, actor.agencyId, {
        ...next,
        loginSlug: next.loginSlug || null,
        ...contact,
        addressStreet: address.street,
        addressCity: address.city,
        addressPostalCode: address.postalCode,
        addressCountry: address.country,
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
            ...profile.next,
          },
        },
        EVENT_SOURCE,
      );
      await recordAudit(tx, actor, {
        action: 'agency.updated',
        targetType: 'agency',
        targetId: agency.id,
        ...changedFields(
          { ...currentBranding, ...flatProfile(currentProfile) },
          { ...next, ...flatProfile(profile.next) },
        ),
      });
      return agency;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('conflict', 'Another agency already uses this login slug.', {
        fields: [{ field: 'loginSlug', message: 'is taken' }],
      });
    }
    throw error;
  }
}

function profileOf(agency: AgencyRecord): AgencyProfile {
  return {
    contactEmail: agency.contactEmail,
    phone: agency.phone,
    address: {
      street: agency.addressStreet,
      city: agency.addressCity,
      postalCode: agency.addressPostalCode,
      country: agency.addressCountry,
    },
    currency: agency.currency,
    timeZone: agency.timeZone,
  };
}

/** The profile with its address fields named as changedFields names them ("address.city"). */
function flatProfile(profile: AgencyProfile): Record<string, string> {
  const { address, ...contact } = profile;
  return {
    ...contact,
    'address.street': address.street,
    'address.city': address.city,
    'address.postalCode': address.postalCode,
    'address.country': address.country,
  };
}
