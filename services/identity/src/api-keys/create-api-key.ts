import { randomBytes, randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import type { Actor } from '@atrium/logger';
import type { IdentityDeps } from '../accounts/deps';
import { checkNewApiKey } from '../domain/api-key-permissions';
import { EVENT_SOURCE } from '../events/source';
import { insertApiKey, type ApiKey } from '../store/api-keys';
import { inTransaction } from '../store/transaction';
import { agencyPermissionNames } from '../tenancy/permission-catalogue';
import { hashToken } from '../tokens/session-tokens';
import { requireKeyManager } from './require-key-manager';

export const API_KEY_PREFIX = 'atr_';
// "atr_" and 8 characters: enough to tell keys apart, far too little to guess the rest.
const SHOWN_PREFIX_LENGTH = 12;

/** Creates a key for the caller's agency and returns its secret; only the hash is kept. */
export async function createApiKey(
  deps: IdentityDeps,
  actor: Actor | undefined,
  input: { name: string; permissions: string[] },
): Promise<{ apiKey: ApiKey; secret: string }> {
  const manager = await requireKeyManager(deps, actor);
  const fields = checkNewApiKey(input, manager.permissions, await agencyPermissionNames(deps));
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const apiKey = await inTransaction(deps.db, async (tx) => {
    const created = await insertApiKey(tx, {
      id: randomUUID(),
      agencyId: manager.agencyId,
      name: fields.name,
      prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
      secretHash: hashToken(secret),
      permissions: fields.permissions,
      createdByUserId: manager.userId,
    });
    await enqueueEvent(
      tx,
      {
        type: 'atrium.identity.v1.api_key.created',
        subject: `agencies/${created.agencyId}/api-keys/${created.id}`,
        data: {
          apiKeyId: created.id,
          agencyId: created.agencyId,
          name: created.name,
          permissions: created.permissions,
          createdByUserId: created.createdByUserId,
        },
      },
      EVENT_SOURCE,
    );
    return created;
  });
  return { apiKey, secret };
}
