import { isUuid } from '../domain/ids';
import type { Agency, AgencyMember, AgencyRole } from '../generated/prisma/client';
import type { AgencyRecord } from './agencies';
import type { Db, Tx } from './db';
import { checkAgencyId } from './tenant';

export type { AgencyMember };

/** A membership with its agency and custom role (when it holds one), in one query. */
export type MemberWithAgency = AgencyMember & { agency: Agency; customRole: AgencyRole | null };

/** A membership with its agency and custom role, in one query, inside a use case's transaction. */
export function findMemberWithAgency(
  tx: Tx,
  agencyId: string,
  userId: string,
): Promise<MemberWithAgency | null> {
  return tx.agencyMember.findUnique({
    where: { agencyId_userId: { agencyId, userId } },
    include: { agency: true, customRole: true },
  });
}

/** A custom role as access carries it. */
export interface CustomRoleGrant {
  id: string;
  name: string;
  permissions: string[];
}

interface MemberAccessRow {
  role: string;
  agency_id: string;
  agency_name: string;
  agency_created_at: Date;
  display_name: string;
  logo_url: string;
  primary_color: string;
  support_email: string;
  login_slug: string | null;
  custom_role_id: string | null;
  custom_role_name: string | null;
  custom_role_permissions: string[] | null;
  contact_email: string;
  phone: string;
  address_street: string;
  address_city: string;
  address_postal_code: string;
  address_country: string;
  currency: string;
  time_zone: string;
  /** The person's roles as an active user of the agency's clients (migration 20261212000000_client_users). */
  client_roles: Array<{ clientId: string; role: string }>;
}

/**
 * The role of `userId` in `agencyId` with the agency and the custom role it holds, or null: one
 * statement with bound parameters, so one round trip and one transaction, through the member_access
 * function that names the tenant for row-level security.
 */
export async function findMemberAccess(
  db: Db,
  agencyId: string,
  userId: string,
): Promise<{
  role: string;
  agency: AgencyRecord;
  customRole: CustomRoleGrant | null;
  clientRoles: Array<{ clientId: string; role: string }>;
} | null> {
  checkAgencyId(agencyId);
  if (!isUuid(userId)) return null;
  // Straight on the pool: on the list's and GetAccess's hot path Prisma's own work per query cost more
  // than the query (docs/benchmarks.md); pg answers the same types (Date, text[], parsed jsonb).
  const {
    rows: [row],
  } = await db.pool.query<MemberAccessRow>({
    name: 'member-access',
    text: 'SELECT * FROM member_access($1::uuid, $2::uuid)',
    values: [agencyId, userId],
  });
  if (!row) return null;
  return {
    role: row.role,
    agency: {
      id: row.agency_id,
      name: row.agency_name,
      createdAt: row.agency_created_at,
      displayName: row.display_name,
      logoUrl: row.logo_url,
      primaryColor: row.primary_color,
      supportEmail: row.support_email,
      loginSlug: row.login_slug,
      contactEmail: row.contact_email,
      phone: row.phone,
      addressStreet: row.address_street,
      addressCity: row.address_city,
      addressPostalCode: row.address_postal_code,
      addressCountry: row.address_country,
      currency: row.currency,
      timeZone: row.time_zone,
    },
    customRole:
      row.custom_role_id && row.custom_role_name !== null
        ? {
            id: row.custom_role_id,
            name: row.custom_role_name,
            permissions: row.custom_role_permissions ?? [],
          }
        : null,
    clientRoles: row.client_roles,
  };
}

/** The members among `userIds`, for checking that owners and managers belong to the agency. */
export async function existingMemberIds(tx: Tx, agencyId: string, userIds: string[]): Promise<Set<string>> {
  const rows = await tx.agencyMember.findMany({
    where: { agencyId, userId: { in: userIds } },
    select: { userId: true },
  });
  return new Set(rows.map((row) => row.userId));
}

/** A member with the custom role it holds, if any. */
export type MemberWithRole = AgencyMember & { customRole: AgencyRole | null };

export function findMemberWithRole(tx: Tx, agencyId: string, userId: string): Promise<MemberWithRole | null> {
  return tx.agencyMember.findUnique({
    where: { agencyId_userId: { agencyId, userId } },
    include: { customRole: true },
  });
}

export function findMembership(tx: Tx, agencyId: string, userId: string): Promise<AgencyMember | null> {
  return tx.agencyMember.findUnique({ where: { agencyId_userId: { agencyId, userId } } });
}

/** The agency's owner; every agency has one. */
export function findOwner(tx: Tx, agencyId: string): Promise<AgencyMember> {
  return tx.agencyMember.findFirstOrThrow({ where: { agencyId, role: 'owner' } });
}

/** Whether a member of the agency has this email. */
export async function hasMemberWithEmail(tx: Tx, agencyId: string, email: string): Promise<boolean> {
  const member = await tx.agencyMember.findFirst({ where: { agencyId, email }, select: { userId: true } });
  return member !== null;
}

/** Adds a member unless the person already is one (of any role); answers whether it was added. */
export async function addMemberUnlessPresent(
  tx: Tx,
  member: {
    agencyId: string;
    userId: string;
    role: string;
    customRoleId: string | null;
    name: string;
    email: string;
  },
): Promise<boolean> {
  const added = await tx.agencyMember.createMany({ data: member, skipDuplicates: true });
  return added.count > 0;
}

/** Gives a member a built-in role, or `custom` with the custom role's id. */
export function setMemberRole(
  tx: Tx,
  agencyId: string,
  userId: string,
  role: { role: string; customRoleId: string | null },
): Promise<MemberWithRole> {
  return tx.agencyMember.update({
    where: { agencyId_userId: { agencyId, userId } },
    data: { role: role.role, customRoleId: role.customRoleId },
    include: { customRole: true },
  });
}

/**
 * The owner becomes an admin and the heir the owner, giving up any custom role (the owner holds
 * everything). In this order: the index allowing one owner per agency is checked statement by statement.
 */
export async function handOverOwnership(
  tx: Tx,
  agencyId: string,
  ownerId: string,
  heirId: string,
): Promise<{ previousOwner: AgencyMember; newOwner: AgencyMember }> {
  const previousOwner = await tx.agencyMember.update({
    where: { agencyId_userId: { agencyId, userId: ownerId } },
    data: { role: 'admin' },
  });
  const newOwner = await tx.agencyMember.update({
    where: { agencyId_userId: { agencyId, userId: heirId } },
    data: { role: 'owner', customRoleId: null },
  });
  return { previousOwner, newOwner };
}

export async function deleteMember(tx: Tx, agencyId: string, userId: string): Promise<void> {
  await tx.agencyMember.delete({ where: { agencyId_userId: { agencyId, userId } } });
}

/** How many members hold the custom role. */
export function countMembersHoldingRole(tx: Tx, agencyId: string, roleId: string): Promise<number> {
  return tx.agencyMember.count({ where: { agencyId, customRoleId: roleId } });
}
