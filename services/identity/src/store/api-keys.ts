import type { ApiKey } from '../generated/prisma/client';
import type { Db, Tx } from './db';

export type { ApiKey };

export function insertApiKey(
  tx: Tx,
  data: {
    id: string;
    agencyId: string;
    name: string;
    prefix: string;
    secretHash: string;
    permissions: string[];
    createdByUserId: string;
  },
): Promise<ApiKey> {
  return tx.apiKey.create({ data });
}

/** The agency's keys that are not revoked, newest first. */
export function listWorkingApiKeys(db: Db, agencyId: string): Promise<ApiKey[]> {
  return db.apiKey.findMany({
    where: { agencyId, revokedAt: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

/** Revokes the agency's key now; false when the agency has no such working key. */
export async function revokeWorkingApiKey(tx: Tx, agencyId: string, apiKeyId: string): Promise<boolean> {
  const revoked = await tx.apiKey.updateMany({
    where: { id: apiKeyId, agencyId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return revoked.count > 0;
}

export function findApiKeyBySecretHash(db: Db, secretHash: string): Promise<ApiKey | null> {
  return db.apiKey.findUnique({ where: { secretHash } });
}

/**
 * Records that the key was used at `usedAt`, unless a use after `staleBefore` is recorded already:
 * concurrent calls with one key write it once.
 */
export async function recordApiKeyUse(
  db: Db,
  apiKeyId: string,
  usedAt: Date,
  staleBefore: Date,
): Promise<void> {
  await db.apiKey.updateMany({
    where: {
      id: apiKeyId,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }],
    },
    data: { lastUsedAt: usedAt },
  });
}
