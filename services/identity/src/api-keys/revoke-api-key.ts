import { DomainError } from '@atrium/errors';
import { enqueueEvent } from '@atrium/events';
import type { Actor } from '@atrium/logger';
import type { IdentityDeps } from '../accounts/deps';
import { isUuid } from '../domain/ids';
import { EVENT_SOURCE } from '../events/source';
import { revokeWorkingApiKey } from '../store/api-keys';
import { inTransaction } from '../store/transaction';
import { requireKeyManager } from './require-key-manager';

/** Stops one of the caller's agency's keys now; another agency's key is not_found. */
export async function revokeApiKey(
  deps: IdentityDeps,
  actor: Actor | undefined,
  apiKeyId: string,
): Promise<void> {
  const manager = await requireKeyManager(deps, actor);
  if (!isUuid(apiKeyId)) throw new DomainError('not_found', 'No such API key.');
  await inTransaction(deps.db, async (tx) => {
    if (!(await revokeWorkingApiKey(tx, manager.agencyId, apiKeyId)))
      throw new DomainError('not_found', 'No such API key.');
    await enqueueEvent(
      tx,
      {
        type: 'atrium.identity.v1.api_key.revoked',
        subject: `agencies/${manager.agencyId}/api-keys/${apiKeyId}`,
        data: { apiKeyId, agencyId: manager.agencyId, revokedByUserId: manager.userId },
      },
      EVENT_SOURCE,
    );
  });
}
