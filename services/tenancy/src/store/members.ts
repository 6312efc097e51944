import type { Agency, AgencyMember } from '../generated/prisma/client';
import type { Db, Tx } from './db';

/** A membership with its agency, in one query: the authorisation hot path reads both. */
export function findMemberWithAgency(
  db: Db | Tx,
  agencyId: string,
  userId: string,
): Promise<(AgencyMember & { agency: Agency }) | null> {
  return db.agencyMember.findUnique({
    where: { agencyId_userId: { agencyId, userId } },
    include: { agency: true },
  });
}

/** The members among `userIds`, for checking that owners and managers belong to the agency. */
export async function existingMemberIds(
  db: Db | Tx,
  agencyId: string,
  userIds: string[],
): Promise<Set<string>> {
  const rows = await db.agencyMember.findMany({
    where: { agencyId, userId: { in: userIds } },
    select: { userId: true },
  });
  return new Set(rows.map((row) => row.userId));
}
