import { createHash } from 'node:crypto';
import type { Actor } from '@atrium/logger';
import type { identity } from '@atrium/proto';
import type { Backends } from '../backends';
import { CachedLoader } from '../cache/cached-loader';

/** Agency API keys start with this; access tokens (JWTs) never do. */
export const API_KEY_PREFIX = 'atr_';

export interface ApiKeyVerifierOptions {
  /** How long identity's answer is trusted; a revocation event evicts it sooner. */
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}

/**
 * Resolves `Authorization: Bearer atr_…` to the agency key it names, through identity's VerifyApiKey.
 * Answers are cached by the secret's SHA-256, so the secret itself is never kept in memory longer than
 * the request; unknown secrets are not cached (identity's unauthenticated answer reaches the caller).
 */
export class ApiKeyVerifier {
  private readonly keys: CachedLoader<identity.ApiKey__Output>;

  constructor(
    private readonly identity: Backends['identity'],
    options: ApiKeyVerifierOptions,
  ) {
    this.keys = new CachedLoader({ maxEntries: options.maxEntries, ttlMs: options.ttlMs, now: options.now });
  }

  /** The actor an API key acts as: the key itself (never a person), in its agency, with its permissions. */
  async verify(secret: string): Promise<Actor> {
    const digest = createHash('sha256').update(secret).digest('hex');
    const key = await this.keys.get(digest, async () => {
      const { apiKey } = await this.identity.VerifyApiKey({ secret });
      if (!apiKey) throw new Error('identity answered VerifyApiKey without the key');
      return apiKey;
    });
    return {
      userId: key.id,
      apiKeyId: key.id,
      agencyId: key.agencyId,
      apiKeyPermissions: [...key.permissions],
    };
  }

  /** Forgets a revoked key at once instead of at the end of its cache lifetime. */
  evict(apiKeyId: string): void {
    this.keys.evictWhere((key) => key.id === apiKeyId);
  }
}
