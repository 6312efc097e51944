import { DomainError, type FieldProblem } from '@atrium/errors';
import { AGENCY_PERMISSIONS, AGENCY_ROLES, type AgencyPermission } from './permissions';

/** A custom agency role's fields (docs/product.md "People, roles and permissions"): any set of the catalogue's agency permissions. */
export interface CustomRoleFields {
  name: string;
  description: string;
  permissions: AgencyPermission[];
}

/**
 * Checks and normalises the fields a request sets, naming every bad one at once. Permissions come out
 * de-duplicated in catalogue order, so two roles with the same set compare equal.
 */
export function applyCustomRolePatch(
  current: CustomRoleFields,
  patch: Partial<{ name: string; description: string; permissions: readonly string[] }>,
): { next: CustomRoleFields; changed: (keyof CustomRoleFields)[] } {
  const problems: FieldProblem[] = [];
  const next = { ...current };
  if (patch.name !== undefined) {
    next.name = patch.name.trim().replace(/\s+/g, ' ');
    if (next.name.length < 2 || next.name.length > 60)
      problems.push({ field: 'name', message: 'must be 2 to 60 characters' });
    else if ((AGENCY_ROLES as readonly string[]).includes(next.name.toLowerCase()))
      problems.push({ field: 'name', message: 'is the name of a built-in role' });
  }
  if (patch.description !== undefined) {
    next.description = patch.description.trim();
    if (next.description.length > 500)
      problems.push({ field: 'description', message: 'must be at most 500 characters' });
  }
  if (patch.permissions !== undefined) {
    const unknown = patch.permissions.filter(
      (permission) => !(AGENCY_PERMISSIONS as readonly string[]).includes(permission),
    );
    if (unknown.length > 0)
      problems.push({
        field: 'permissions',
        message: `are not agency permissions: ${[...new Set(unknown)].join(', ')}`,
      });
    next.permissions = AGENCY_PERMISSIONS.filter((permission) => patch.permissions!.includes(permission));
  }
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The role has invalid fields.', { fields: problems });
  const changed = (Object.keys(next) as (keyof CustomRoleFields)[]).filter(
    (key) => JSON.stringify(next[key]) !== JSON.stringify(current[key]),
  );
  return { next, changed };
}

/**
 * Which role a member is given: a built-in one by name, or a custom one by id — exactly one of them.
 * `assignable` are the built-in names that may be given this way (never the owner).
 */
export function roleChoice(
  input: { role: string; roleId: string },
  assignable: readonly string[],
): { role: string; customRoleId: null } | { role: 'custom'; customRoleId: string } {
  const role = input.role.trim();
  const roleId = input.roleId.trim();
  if ((role === '') === (roleId === '')) {
    throw new DomainError('validation_failed', 'Name either a built-in role or a custom role.', {
      fields: [{ field: 'role', message: `set exactly one of role (${assignable.join(', ')}) and roleId` }],
    });
  }
  if (roleId) return { role: 'custom', customRoleId: roleId };
  if (!assignable.includes(role)) {
    throw new DomainError('validation_failed', 'The role is not one that can be assigned.', {
      fields: [{ field: 'role', message: `must be one of ${assignable.join(', ')}` }],
    });
  }
  return { role, customRoleId: null };
}
