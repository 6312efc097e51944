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

/** Takes the whole branding tenancy published for the agency, creating the agency if it is new. */
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
  await tx.agencyBranding.upsert({
    where: { agencyId },
    create: { agencyId, ...branding },
    update: { ...branding, updatedAt: new Date() },
  });
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
