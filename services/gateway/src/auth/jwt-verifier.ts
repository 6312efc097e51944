import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import { DomainError } from '@atrium/errors';

/** Who an access token speaks for. */
export interface AccessTokenClaims {
  userId: string;
  agencyId: string;
  sessionId?: string;
}

export interface JwtVerifierOptions {
  /** Where the current public keys come from: identity's GetJwks in production, a fake in tests. */
  getJwks: () => Promise<JSONWebKeySet>;
  issuer: string;
  audience: string;
  /** A token naming an unknown key refetches the key set at most this often. */
  refreshCooldownMs: number;
  /** Milliseconds clock for the cooldown. */
  now?: () => number;
}

// Asymmetric only: an HMAC or unsigned token must never pass, whatever key the set holds.
const ALGORITHMS = ['ES256', 'EdDSA'];
// Identity and the gateway run on different machines; a few seconds of clock skew must not reject fresh tokens.
const CLOCK_TOLERANCE_SECONDS = 5;

interface CachedKeys {
  keySet: ReturnType<typeof createLocalJWKSet>;
  kids: Set<string>;
}

function invalidToken(): DomainError {
  return new DomainError('unauthenticated', 'The access token is not valid.');
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function claimsOf(payload: JWTPayload): AccessTokenClaims {
  const { sub, agency, sid } = payload as JWTPayload & { agency?: unknown; sid?: unknown };
  if (!nonEmptyString(sub) || !nonEmptyString(agency)) throw invalidToken();
  const claims: AccessTokenClaims = { userId: sub, agencyId: agency };
  if (nonEmptyString(sid)) claims.sessionId = sid;
  return claims;
}

/**
 * Verifies access tokens locally against identity's public keys, so no request pays a round trip to
 * identity. Keys are cached; a token signed with a key the cache does not know (identity rotated its
 * keys) refetches the set, at most once per cooldown so forged key ids cannot flood identity.
 */
export class JwtVerifier {
  private keys: CachedKeys | undefined;
  private lastFetchAt = Number.NEGATIVE_INFINITY;
  private fetching: Promise<CachedKeys> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: JwtVerifierOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The token's claims; DomainError unauthenticated or token_expired when it must not be trusted. */
  async verify(token: string): Promise<AccessTokenClaims> {
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      throw invalidToken();
    }
    let keys = this.keys ?? (await this.fetchKeys());
    if (
      kid !== undefined &&
      !keys.kids.has(kid) &&
      this.now() - this.lastFetchAt >= this.options.refreshCooldownMs
    ) {
      keys = await this.fetchKeys();
    }
    try {
      const { payload } = await jwtVerify(token, keys.keySet, {
        algorithms: ALGORITHMS,
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      return claimsOf(payload);
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new DomainError('token_expired', 'The access token has expired.');
      if (error instanceof errors.JOSEError) throw invalidToken();
      throw error;
    }
  }

  /** One fetch at a time; callers arriving meanwhile share its result. Failures reach the caller (503). */
  private fetchKeys(): Promise<CachedKeys> {
    this.fetching ??= this.load().finally(() => {
      this.fetching = undefined;
    });
    return this.fetching;
  }

  private async load(): Promise<CachedKeys> {
    this.lastFetchAt = this.now();
    const jwks = await this.options.getJwks();
    // createLocalJWKSet first: it rejects a malformed set before anything reads its keys.
    const keySet = createLocalJWKSet(jwks);
    const kids = new Set(jwks.keys.flatMap((key) => (typeof key.kid === 'string' ? [key.kid] : [])));
    this.keys = { keySet, kids };
    return this.keys;
  }
}
