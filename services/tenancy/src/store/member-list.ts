import { DomainError } from '@atrium/errors';
import type { AgencyMember } from '../generated/prisma/client';
import type { Tx } from './db';

/** A member as the list shows it: with the name of the custom role it holds. */
export type ListedMember = AgencyMember & { customRole: { name: string } | null };

/** Where the previous page of members ended: the lower-cased name and the user id. */
export interface MemberListPosition {
  name: string;
  userId: string;
}

/** One page of an agency's members by name, a keyset walk so joins meanwhile never shift a page. */
export async function listMembers(
  tx: Tx,
  agencyId: string,
  after: MemberListPosition | null,
  limit: number,
): Promise<Array<{ member: ListedMember; position: MemberListPosition }>> {
  const rows = await tx.$queryRawUnsafe<
    Array<AgencyMember & { sortKey: string; customRoleName: string | null }>
  >(
    `SELECT m.agency_id AS "agencyId", m.user_id AS "userId", m.role, m.name, m.email,
            m.created_at AS "createdAt", m.custom_role_id AS "customRoleId", r.name AS "customRoleName",
            lower(m.name) AS "sortKey"
       FROM agency_members m
       LEFT JOIN agency_roles r ON r.agency_id = m.agency_id AND r.id = m.custom_role_id
      WHERE m.agency_id = $1::uuid
        AND ($2::text IS NULL OR (lower(m.name), m.user_id) > ($2::text, $3::uuid))
      ORDER BY lower(m.name), m.user_id
      LIMIT $4`,
    agencyId,
    after?.name ?? null,
    after?.userId ?? null,
    limit,
  );
  return rows.map(({ sortKey, customRoleName, ...member }) => ({
    member: { ...member, customRole: customRoleName === null ? null : { name: customRoleName } },
    position: { name: sortKey, userId: member.userId },
  }));
}

export function encodeMemberCursor(position: MemberListPosition): string {
  return Buffer.from(JSON.stringify([position.name, position.userId])).toString('base64url');
}

export function decodeMemberCursor(cursor: string): MemberListPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [name, userId] = parsed as unknown[];
      if (typeof name === 'string' && typeof userId === 'string' && /^[0-9a-f-]{36}$/.test(userId))
        return { name, userId };
    }
  } catch {
    // reported below
  }
  throw new DomainError('validation_failed', 'The cursor is not one this list returned.', {
    fields: [{ field: 'cursor', message: 'is invalid' }],
  });
}
