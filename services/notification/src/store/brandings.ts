import { brandingOf, type Branding } from '../domain/branding';
import type { Tx } from './db';

/** The agency's branding from the projection; Atrium's when the agency is unknown or none is given. */
export async function brandingFor(tx: Tx, agencyId: string | null): Promise<Branding> {
  if (!agencyId) return brandingOf(null);
  return brandingOf(await tx.agencyBranding.findUnique({ where: { agencyId } }));
}

/** Creates or renames an agency in the projection; branding fields tenancy does not send keep their values. */
export async function upsertAgencyName(tx: Tx, agencyId: string, name: string): Promise<void> {
  await tx.agencyBranding.upsert({
    where: { agencyId },
    create: { agencyId, name },
    update: { name, updatedAt: new Date() },
  });
}

/**
 * Takes the whole branding tenancy published for the agency, creating the agency if it is new. One
 * statement: Prisma's upsert cost three times the CPU and wall time of this one on notification's
 * busiest path (agency.updated, docs/benchmarks.md "The microservice tax and the event pipeline").
 */
export async function upsertAgencyBranding(
  tx: Tx,
  agencyId: string,
  branding: {
    name: string;
    displayName: string;
    logoUrl: string;
    primaryColor: string;
    supportEmail: string;
    loginSlug: string;
  },
): Promise<void> {
  const { name, displayName, logoUrl, primaryColor, supportEmail, loginSlug } = branding;
  await tx.$executeRaw`
    INSERT INTO agency_brandings
      (agency_id, name, display_name, logo_url, primary_color, support_email, login_slug, updated_at)
    VALUES
      (${agencyId}::uuid, ${name}, ${displayName}, ${logoUrl}, ${primaryColor}, ${supportEmail}, ${loginSlug},
       clock_timestamp())
    ON CONFLICT (agency_id) DO UPDATE SET
      name = EXCLUDED.name, display_name = EXCLUDED.display_name, logo_url = EXCLUDED.logo_url,
      primary_color = EXCLUDED.primary_color, support_email = EXCLUDED.support_email,
      login_slug = EXCLUDED.login_slug, updated_at = EXCLUDED.updated_at`;
}

/**
 * Records a person's default agency. `replace: false` keeps one already known (the first agency a
 * person joined is their default); identity's own word on it replaces.
 */
export async function rememberDefaultAgency(
  tx: Tx,
  userId: string,
  agencyId: string,
  options: { replace: boolean },
): Promise<void> {
  if (options.replace) {
    await tx.userDefaultAgency.upsert({
      where: { userId },
      create: { userId, agencyId },
      update: { agencyId, updatedAt: new Date() },
    });
  } else {
    await tx.userDefaultAgency.createMany({ data: [{ userId, agencyId }], skipDuplicates: true });
  }
}

export async function defaultAgencyOf(tx: Tx, userId: string): Promise<string | null> {
  const row = await tx.userDefaultAgency.findUnique({ where: { userId } });
  return row?.agencyId ?? null;
}
