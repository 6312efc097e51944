import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import type { IdentityDeps } from '../accounts/deps';
import { requirePerson } from '../accounts/require-person';
import { API_KEY_MANAGER_ROLES } from '../domain/api-key-permissions';
import { agencyAccess } from '../tenancy/agency-access';

export interface KeyManager {
  userId: string;
  agencyId: string;
  permissions: string[];
}

/**
 * API keys are managed by a person (never by another key) who is owner or admin of the agency
 * they act in; tenancy says which role they hold.
 */
export async function requireKeyManager(
  deps: Pick<IdentityDeps, 'tenancy'>,
  actorOrNone: Actor | undefined,
): Promise<KeyManager> {
  const actor = requirePerson(actorOrNone);
  if (!actor.agencyId) throw new DomainError('forbidden', 'API keys belong to an agency; act within one.');
  const access = await agencyAccess(deps, actor.userId, actor.agencyId);
  // A person who is only a client user is no member: agency routes answer them 404, never 403
  // (docs/authorization.md "Special identities"), so an API key's existence does not show.
  if (access.role === 'client_user') throw new DomainError('not_found', 'No such agency.');
  if (!API_KEY_MANAGER_ROLES.includes(access.role)) {
    throw new DomainError('forbidden', 'Only agency owners and admins manage API keys.');
  }
  return { userId: actor.userId, agencyId: actor.agencyId, permissions: access.permissions };
}
