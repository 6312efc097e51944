import type { Tx } from './db';

/** An agency user on a client's team. */
export interface TeamMemberRecord {
  userId: string;
  name: string;
  email: string;
}

/** The client's team by name (case-insensitive), then user id. */
export function listTeam(tx: Tx, agencyId: string, clientId: string): Promise<TeamMemberRecord[]> {
  return tx.$queryRawUnsafe<TeamMemberRecord[]>(
    `SELECT m.user_id AS "userId", m.name, m.email
       FROM client_team_members t
       JOIN agency_members m ON m.agency_id = t.agency_id AND m.user_id = t.user_id
      WHERE t.client_id = $1::uuid AND t.agency_id = $2::uuid
      ORDER BY lower(m.name), m.user_id`,
    clientId,
    agencyId,
  );
}

/** Replaces the client's whole team with `userIds`. */
export async function replaceTeam(
  tx: Tx,
  agencyId: string,
  clientId: string,
  userIds: string[],
): Promise<void> {
  await tx.clientTeamMember.deleteMany({ where: { clientId, agencyId } });
  if (userIds.length > 0)
    await tx.clientTeamMember.createMany({ data: userIds.map((userId) => ({ clientId, agencyId, userId })) });
}
