import type { Actor } from '@atrium/logger';
import type { IdentityDeps } from '../accounts/deps';
import { listWorkingApiKeys, type ApiKey } from '../store/api-keys';
import { requireKeyManager } from './require-key-manager';

/** The caller's agency's keys that still work, newest first. */
export async function listApiKeys(deps: IdentityDeps, actor: Actor | undefined): Promise<ApiKey[]> {
  const manager = await requireKeyManager(deps, actor);
  return listWorkingApiKeys(deps.db, manager.agencyId);
}
