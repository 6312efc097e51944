import type { CustomRoleFields } from '../domain/agency-roles';
import type { AgencyRole } from '../generated/prisma/client';
import type { Tx } from './db';

export type { AgencyRole };

/** The agency's custom roles (in no particular order), each with how many members hold it. */
export async function listRolesWithMemberCounts(
  tx: Tx,
  agencyId: string,
): Promise<Array<{ role: AgencyRole; memberCount: number }>> {
  const roles = await tx.agencyRole.findMany({
    where: { agencyId },
    include: { _count: { select: { members: true } } },
  });
  return roles.map(({ _count, ...role }) => ({ role, memberCount: _count.members }));
}

/**
 * The agency's custom role, locked until the transaction ends (FOR UPDATE) so a concurrent
 * assignment or deletion waits; null when the agency has no such role.
 */
export async function lockRoleForUpdate(
  tx: Tx,
  agencyId: string,
  roleId: string,
): Promise<AgencyRole | null> {
  const [locked] = await tx.$queryRawUnsafe<{ id: string }[]>(
    'SELECT id FROM agency_roles WHERE agency_id = $1::uuid AND id = $2::uuid FOR UPDATE',
    agencyId,
    roleId,
  );
  return locked ? tx.agencyRole.findUniqueOrThrow({ where: { id: roleId } }) : null;
}

/**
 * The agency's custom role, with a key share lock that keeps it from being deleted until the
 * transaction ends; null when the agency has no such role.
 */
export async function lockRoleForAssignment(
  tx: Tx,
  agencyId: string,
  roleId: string,
): Promise<AgencyRole | null> {
  const [row] = await tx.$queryRawUnsafe<{ id: string }[]>(
    'SELECT id FROM agency_roles WHERE agency_id = $1::uuid AND id = $2::uuid FOR KEY SHARE',
    agencyId,
    roleId,
  );
  return row ? tx.agencyRole.findUniqueOrThrow({ where: { id: roleId } }) : null;
}

/** A custom role's id and name, if it still exists. */
export function findRoleName(tx: Tx, roleId: string): Promise<{ id: string; name: string } | null> {
  return tx.agencyRole.findFirst({ where: { id: roleId }, select: { id: true, name: true } });
}

/** Whether another role of the agency (not `exceptRoleId`) has this name, whatever the case. */
export async function isRoleNameTaken(
  tx: Tx,
  agencyId: string,
  name: string,
  exceptRoleId: string | null,
): Promise<boolean> {
  const existing = await tx.agencyRole.findFirst({
    where: {
      agencyId,
      name: { equals: name, mode: 'insensitive' },
      ...(exceptRoleId ? { id: { not: exceptRoleId } } : {}),
    },
    select: { id: true },
  });
  return existing !== null;
}

export function insertRole(
  tx: Tx,
  agencyId: string,
  roleId: string,
  fields: CustomRoleFields,
): Promise<AgencyRole> {
  return tx.agencyRole.create({ data: { id: roleId, agencyId, ...fields } });
}

export function updateRole(tx: Tx, roleId: string, fields: CustomRoleFields): Promise<AgencyRole> {
  return tx.agencyRole.update({ where: { id: roleId }, data: fields });
}

export async function deleteRole(tx: Tx, roleId: string): Promise<void> {
  await tx.agencyRole.delete({ where: { id: roleId } });
}
