import { DomainError } from '@atrium/errors';
import { isUuid } from '../domain/ids';
import type { AgencyMember, AgencyRole } from '../generated/prisma/client';
import type { Tx } from '../store/db';

/** A member with the custom role it holds, if any. */
export type MemberWithRole = AgencyMember & { customRole: AgencyRole | null };

/** A member of the transaction's agency, or not_found. */
export async function findMember(tx: Tx, agencyId: string, userId: string): Promise<MemberWithRole> {
  const member = isUuid(userId)
    ? await tx.agencyMember.findUnique({
        where: { agencyId_userId: { agencyId, userId } },
        include: { customRole: true },
      })
    : null;
  if (!member) throw new DomainError('not_found', 'No such member.');
  return member;
}
