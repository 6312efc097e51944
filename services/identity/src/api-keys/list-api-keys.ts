import type { Actor } from '@atrium/logger';
import type { IdentityDeps } from '../accounts/deps';
import type { ApiKey } from '../generated/prisma/client';
import { requireKeyManager } from './require-key-manager';

/** The caller's agency's keys that still work, newest first. */
export async function listApiKeys(deps: IdentityDeps, actor: Actor | undefined): Promise<ApiKey[]> {
  const manager = await requireKeyManager(deps, actor);
  return deps.db.apiKey.findMany({
    where: { agencyId: manager.agencyId, revokedAt: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}
