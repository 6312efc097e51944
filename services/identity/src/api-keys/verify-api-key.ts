import { DomainError } from '@atrium/errors';
import { findApiKeyBySecretHash, recordApiKeyUse, type ApiKey } from '../store/api-keys';
import type { Db } from '../store/transaction';
import { hashToken } from '../tokens/session-tokens';
import { API_KEY_PREFIX } from './create-api-key';

// Keeps the hot path to one read most of the time; "last used" needs no finer grain.
const LAST_USED_GRANULARITY_MS = 60_000;

/** The working key a presented secret belongs to; anything else is unauthenticated. */
export async function verifyApiKey(db: Db, secret: string): Promise<ApiKey> {
  const key = secret.startsWith(API_KEY_PREFIX) ? await findApiKeyBySecretHash(db, hashToken(secret)) : null;
  if (!key || key.revokedAt) throw new DomainError('unauthenticated', 'The API key is not valid.');
  const now = new Date();
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
    await recordApiKeyUse(db, key.id, now, new Date(now.getTime() - LAST_USED_GRANULARITY_MS));
    return { ...key, lastUsedAt: now };
  }
  return key;
}
