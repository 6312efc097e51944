import { DomainError } from '@atrium/errors';
import type { AgencyMember } from '../generated/prisma/client';
import type { Tx } from './db';

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
): Promise<Array<{ member: AgencyMember; position: MemberListPosition }>> {
  const rows = await tx.$queryRawUnsafe<Array<AgencyMember & { sortKey: string }>>(
    `SELECT agency_id AS "agencyId", user_id AS "userId", role, name, email, created_at AS "createdAt",
            lower(name) AS "sortKey"
       FROM agency_members
      WHERE agency_id = $1::uuid
        AND ($2::text IS NULL OR (lower(name), user_id) > ($2::text, $3::uuid))
      ORDER BY lower(name), user_id
      LIMIT $4`,
    agencyId,
    after?.name ?? null,
    after?.userId ?? null,
    limit,
  );
  return rows.map(({ sortKey, ...member }) => ({
    member,
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
