import type { Agency } from '../generated/prisma/client';
import type { Tx } from './db';

export type { Agency };

/** An agency as answers carry it: name, branding and profile. */
export type AgencyRecord = Pick<
  Agency,
  | 'id'
  | 'name'
  | 'createdAt'
  | 'displayName'
  | 'logoUrl'
  | 'primaryColor'
  | 'supportEmail'
  | 'loginSlug'
  | 'contactEmail'
  | 'phone'
  | 'addressStreet'
  | 'addressCity'
  | 'addressPostalCode'
  | 'addressCountry'
  | 'currency'
  | 'timeZone'
>;

/** What an agency's owner may change: everything of an AgencyRecord but its id and creation time. */
export type AgencyFields = Omit<AgencyRecord, 'id' | 'createdAt'>;

export function findAgency(tx: Tx, agencyId: string): Promise<Agency | null> {
  return tx.agency.findUnique({ where: { id: agencyId } });
}

/** An agency that must exist, such as an invitation's (its foreign key keeps it); throws otherwise. */
export function findExistingAgency(tx: Tx, agencyId: string): Promise<Agency> {
  return tx.agency.findUniqueOrThrow({ where: { id: agencyId } });
}

/** The agency whose client login page has this slug; a login-slug tenant sees that one only. */
export function findAgencyByLoginSlug(tx: Tx, loginSlug: string): Promise<Agency | null> {
  return tx.agency.findUnique({ where: { loginSlug } });
}

/** A new agency and its owner's membership. */
export async function insertAgencyWithOwner(
  tx: Tx,
  agency: { id: string; name: string },
  owner: { userId: string; name: string; email: string },
): Promise<Agency> {
  // The owner's sign-up email is where agency mail goes (its card's problems, a past-due fee) until
  // the profile names another contact.
  const created = await tx.agency.create({
    data: { id: agency.id, name: agency.name, contactEmail: owner.email },
  });
  await tx.agencyMember.create({
    data: { agencyId: created.id, userId: owner.userId, role: 'owner', name: owner.name, email: owner.email },
  });
  return created;
}

/** Writes the agency's name, branding and profile; a login slug another agency uses fails as unique. */
export function updateAgencyFields(tx: Tx, agencyId: string, fields: AgencyFields): Promise<Agency> {
  return tx.agency.update({ where: { id: agencyId }, data: fields });
}

/**
 * Locks the agency's row until the transaction ends, so that checks of a limit or of a single
 * instance within the agency (its plan's clients, its master client, its custom fields) cannot race.
 */
export async function lockAgency(tx: Tx, agencyId: string): Promise<void> {
  await tx.$queryRawUnsafe('SELECT 1 FROM agencies WHERE id = $1::uuid FOR UPDATE', agencyId);
}

/** The agency home page's counts: active and inactive clients, and members. */
export async function countClientsAndMembers(
  tx: Tx,
  agencyId: string,
): Promise<{ active: number; inactive: number; members: number }> {
  const [counts] = await tx.$queryRawUnsafe<{ active: number; inactive: number; members: number }[]>(
    `SELECT (SELECT count(*) FROM clients WHERE agency_id = $1::uuid AND status = 'active')::int AS active,
            (SELECT count(*) FROM clients WHERE agency_id = $1::uuid AND status = 'inactive')::int AS inactive,
            (SELECT count(*) FROM agency_members WHERE agency_id = $1::uuid)::int AS members`,
    agencyId,
  );
  return counts!;
}
