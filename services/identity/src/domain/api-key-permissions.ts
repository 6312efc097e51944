import { DomainError, type FieldProblem } from '@atrium/errors';

/** Only these agency roles manage API keys. */
export const API_KEY_MANAGER_ROLES = ['owner', 'admin'];

const MAX_NAME = 80;

export interface NewApiKeyFields {
  name: string;
  permissions: string[];
}

/**
 * A key's name and permissions: every permission must be in the catalogue (tenancy's, passed in) and
 * held by the person creating the key, so a key never holds more than its creator.
 */
export function checkNewApiKey(
  input: { name: string; permissions: string[] },
  callerPermissions: readonly string[],
  catalogue: readonly string[],
): NewApiKeyFields {
  const name = input.name.trim();
  const permissions = [...new Set(input.permissions.map((permission) => permission.trim()))];
  const fields: FieldProblem[] = [];
  if (name.length < 1 || name.length > MAX_NAME)
    fields.push({ field: 'name', message: `must be 1 to ${MAX_NAME} characters` });
  const unknown = permissions.filter((permission) => !catalogue.includes(permission));
  const notHeld = permissions.filter(
    (permission) => catalogue.includes(permission) && !callerPermissions.includes(permission),
  );
  if (permissions.length === 0) {
    fields.push({ field: 'permissions', message: 'must name at least one permission' });
  } else if (unknown.length > 0) {
    fields.push({ field: 'permissions', message: `are not agency permissions: ${unknown.join(', ')}` });
  } else if (notHeld.length > 0) {
    fields.push({ field: 'permissions', message: `you do not hold: ${notHeld.join(', ')}` });
  }
  if (fields.length > 0) throw new DomainError('validation_failed', 'The API key is not valid.', { fields });
  return { name, permissions };
}
