import { DomainError } from '@atrium/errors';
import { clientLoginUrl, isLoginSlug } from '../domain/branding';
import { findAgencyByLoginSlug } from '../store/agencies';
import type { Db } from '../store/transaction';
import { inTenant } from '../store/tenant';

export interface PublicBranding {
  displayName: string;
  logoUrl: string;
  primaryColor: string;
  supportEmail: string;
  loginSlug: string;
  clientLoginUrl: string;
}

/** The login page's branding for a slug, before anyone signs in: the public fields only. */
export async function getPublicBranding(db: Db, slug: string, publicAppUrl: string): Promise<PublicBranding> {
  const loginSlug = slug.trim().toLowerCase();
  if (!isLoginSlug(loginSlug)) throw new DomainError('not_found', 'No agency has this login page.');
  const agency = await inTenant(db, { loginSlug }, (tx) => findAgencyByLoginSlug(tx, loginSlug));
  if (!agency) throw new DomainError('not_found', 'No agency has this login page.');
  return {
    displayName: agency.displayName || agency.name,
    logoUrl: agency.logoUrl,
    primaryColor: agency.primaryColor,
    supportEmail: agency.supportEmail,
    loginSlug,
    clientLoginUrl: clientLoginUrl(publicAppUrl, loginSlug),
  };
}
