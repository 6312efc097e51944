import { isUuid } from '../domain/ids';
import type { Agency, AgencyMember } from '../generated/prisma/client';
import type { AgencyRecord } from './agencies';
import type { Db, Tx } from './db';
import { checkAgencyId } from './tenant';

/** A membership with its agency, in one query, inside a use case's transaction. */
export function findMemberWithAgency(
  tx: Tx,
  agencyId: string,
  userId: string,
): Promise<(AgencyMember & { agency: Agency }) | null> {
  return tx.agencyMember.findUnique({
    where: { agencyId_userId: { agencyId, userId } },
    include: { agency: true },
  });
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
}

/**
 * The role of `userId` in `agencyId` with the agency, or null: one statement, so one round trip and one
 * transaction, through the member_access function that names the tenant for row-level security.
 */
export async function findMemberAccess(
  db: Db,
  agencyId: string,
  userId: string,
): Promise<{ role: string; agency: AgencyRecord } | null> {
  checkAgencyId(agencyId);
  if (!isUuid(userId)) return null;
  const [row] = await db.$queryRawUnsafe<MemberAccessRow[]>(
    'SELECT * FROM member_access($1::uuid, $2::uuid)',
    agencyId,
    userId,
  );
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
    },
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
