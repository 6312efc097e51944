import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { Db } from '../store/db';
import type { KeyEncryption } from './key-encryption';

const ALGORITHM = 'ES256';
// Replicas starting together must agree on one first key.
const KEY_CREATION_LOCK = 0x61747269; // "atri"

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

/** The keys that sign access tokens, kept in identity's database. */
export class KeyRing {
  private current: Promise<SigningKey> | undefined;

  constructor(
    private readonly db: Db,
    private readonly encryption: KeyEncryption,
  ) {}

  /** The active signing key, created on first use if the database has none. */
  signingKey(): Promise<SigningKey> {
    this.current ??= this.loadOrCreate().catch((error: unknown) => {
      this.current = undefined;
      throw error;
    });
    return this.current;
  }

  /** Current and retired-but-unexpired public keys, as a JWKS document. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const rows = await this.db.signingKey.findMany({ orderBy: { createdAt: 'desc' } });
    return { keys: rows.map((row) => row.publicJwk as JWK) };
  }

  private async loadOrCreate(): Promise<SigningKey> {
    const row = await this.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock($1)', KEY_CREATION_LOCK);
      const active = await tx.signingKey.findFirst({
        where: { retiredAt: null },
        orderBy: { createdAt: 'desc' },
      });
      if (active) return active;
      const kid = randomUUID();
      const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
      const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' };
      const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM };
      return tx.signingKey.create({
        data: {
          kid,
          algorithm: ALGORITHM,
          publicJwk,
          privateKeyEncrypted: this.encryption.encrypt(JSON.stringify(privateJwk)),
        },
      });
    });
    const privateJwk = JSON.parse(this.encryption.decrypt(row.privateKeyEncrypted)) as JWK;
    return { kid: row.kid, privateKey: (await importJWK(privateJwk, row.algorithm)) as CryptoKey };
  }
}
