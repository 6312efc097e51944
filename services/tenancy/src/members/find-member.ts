import { DomainError } from '@atrium/errors';
import { isUuid } from '../domain/ids';
import { findMemberWithRole, type MemberWithRole } from '../store/members';
import type { Tx } from '../store/transaction';

/** A member of the transaction's agency, or not_found. */
export async function findMember(tx: Tx, agencyId: string, userId: string): Promise<MemberWithRole> {
  const member = isUuid(userId) ? await findMemberWithRole(tx, agencyId, userId) : null;
  if (!member) throw new DomainError('not_found', 'No such member.');
  return member;
}
