import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import {
  findCurrentSigningKeys,
  findNewestCurrentSigningKey,
  findPublishedSigningKeys,
  insertSigningKey,
  lockKeyCreation,
  retireCurrentSigningKeys,
  type SigningKeyRow,
} from '../store/signing-keys';
import { inTransaction, type Db, type Tx } from '../store/transaction';
import type { KeyEncryption } from './key-encryption';

const ALGORITHM = 'ES256';
// Clock skew between replicas and the verifier.
const JWKS_MARGIN_MS = 60_000;

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

/** The key-encryption key does not open the stored signing key: IDENTITY_KEK is wrong. */
export class KeyEncryptionKeyMismatch extends Error {
  constructor(kid: string) {
    super(
      `IDENTITY_KEK does not decrypt signing key ${kid}: the keys in identity's database were sealed with ` +
        'another key-encryption key. Start identity with the IDENTITY_KEK they were sealed with. On a local ' +
        'platform (make up) left over by another checkout or by a deleted .run/, run `make reset` to drop ' +
        'its data, then `make up` again.',
    );
    this.name = 'KeyEncryptionKeyMismatch';
  }
}

export interface KeyRingOptions {
  /** Lifetime of the longest-lived tokens the keys sign: a retired key is published this long and more. */
  accessTokenTtlSeconds: number;
  /** How long a replica signs with the key it loaded before it looks for a newer one (SIGNING_KEY_CACHE_MS). */
  currentKeyCacheMs: number;
}

/** The keys that sign access tokens, kept in identity's database. */
export class KeyRing {
  private cached: { key: SigningKey; freshUntil: number } | undefined;
  private loading: Promise<SigningKey> | undefined;

  constructor(
    private readonly db: Db,
    private readonly encryption: KeyEncryption,
    private readonly options: KeyRingOptions,
  ) {}

  /**
   * The current signing key, created on first use if the database has none. It is re-read after
   * the cache time, so a rotation made elsewhere reaches this replica within that time.
   */
  signingKey(): Promise<SigningKey> {
    if (this.cached && Date.now() < this.cached.freshUntil) return Promise.resolve(this.cached.key);
    this.loading ??= this.reload().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** Retires the current key and makes a new one current. Returns the new key's id. */
  async rotate(): Promise<string> {
    const row = await inTransaction(this.db, async (tx) => {
      await lockKeyCreation(tx);
      const current = await findCurrentSigningKeys(tx);
      // A wrong key-encryption key would seal the new key so that no replica could open it.
      for (const key of current) this.open(key);
      await retireCurrentSigningKeys(tx);
      const created = await this.createKey(tx);
      // In the same transaction: verifiers hear of the key as soon as it can sign anything.
      await enqueueEvent(
        tx,
        {
          type: 'atrium.identity.v1.signing_key.rotated',
          subject: `signing-keys/${created.kid}`,
          data: { kid: created.kid, retiredKids: current.map((key) => key.kid) },
        },
        EVENT_SOURCE,
      );
      return created;
    });
    this.cached = { key: await this.importRow(row), freshUntil: Date.now() + this.options.currentKeyCacheMs };
    return row.kid;
  }

  /**
   * The JWKS: the current key and retired keys whose tokens may still be unexpired, counting the
   * time other replicas may still sign with a key after its retirement.
   */
  async jwks(): Promise<{ keys: JWK[] }> {
    const retiredSince = new Date(
      Date.now() -
        this.options.accessTokenTtlSeconds * 1000 -
        this.options.currentKeyCacheMs -
        JWKS_MARGIN_MS,
    );
    const rows = await findPublishedSigningKeys(this.db, retiredSince);
    return { keys: rows.map((row) => row.publicJwk as JWK) };
  }

  private async reload(): Promise<SigningKey> {
    let row: SigningKeyRow;
    try {
      row = await this.loadOrCreate();
    } catch (error) {
      // A database hiccup must not stop token signing: keep the key already loaded.
      if (this.cached) return this.cached.key;
      throw error;
    }
    const key = this.cached?.key.kid === row.kid ? this.cached.key : await this.importRow(row);
    this.cached = { key, freshUntil: Date.now() + this.options.currentKeyCacheMs };
    return key;
  }

  private loadOrCreate(): Promise<SigningKeyRow> {
    return inTransaction(this.db, async (tx) => {
      await lockKeyCreation(tx);
      const active = await findNewestCurrentSigningKey(tx);
      return active ?? this.createKey(tx);
    });
  }

  private async createKey(tx: Tx): Promise<SigningKeyRow> {
    const kid = randomUUID();
    const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' };
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM };
    return insertSigningKey(tx, {
      kid,
      algorithm: ALGORITHM,
      publicJwk,
      privateKeyEncrypted: this.encryption.encrypt(JSON.stringify(privateJwk)),
    });
  }

  private open(row: SigningKeyRow): JWK {
    try {
      return JSON.parse(this.encryption.decrypt(row.privateKeyEncrypted)) as JWK;
    } catch {
      throw new KeyEncryptionKeyMismatch(row.kid);
    }
  }

  private async importRow(row: SigningKeyRow): Promise<SigningKey> {
    return { kid: row.kid, privateKey: (await importJWK(this.open(row), row.algorithm)) as CryptoKey };
  }
}
