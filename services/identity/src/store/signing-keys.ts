import type { Prisma, SigningKey } from '../generated/prisma/client';
import type { Db, Tx } from './db';

export type { SigningKey as SigningKeyRow };

// Replicas starting together must agree on one first key, and a rotation must not race another.
const KEY_CREATION_LOCK = 0x61747269; // "atri"

/** Holds the key-creation lock until the transaction ends. */
export async function lockKeyCreation(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock($1)', KEY_CREATION_LOCK);
}

/** The keys not retired: the one that signs, normally alone. */
export function findCurrentSigningKeys(tx: Tx): Promise<SigningKey[]> {
  return tx.signingKey.findMany({ where: { retiredAt: null } });
}

/** The newest key not retired, or null when there is none yet. */
export function findNewestCurrentSigningKey(tx: Tx): Promise<SigningKey | null> {
  return tx.signingKey.findFirst({
    where: { retiredAt: null },
    orderBy: { createdAt: 'desc' },
  });
}

export async function retireCurrentSigningKeys(tx: Tx): Promise<void> {
  await tx.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
}

export function insertSigningKey(
  tx: Tx,
  data: { kid: string; algorithm: string; publicJwk: Prisma.InputJsonValue; privateKeyEncrypted: string },
): Promise<SigningKey> {
  return tx.signingKey.create({ data });
}

/** The keys not retired and those retired after `retiredSince`, newest first. */
export function findPublishedSigningKeys(db: Db, retiredSince: Date): Promise<SigningKey[]> {
  return db.signingKey.findMany({
    where: { OR: [{ retiredAt: null }, { retiredAt: { gt: retiredSince } }] },
    orderBy: { createdAt: 'desc' },
  });
}
