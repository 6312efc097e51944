import { setTimeout as sleep } from 'node:timers/promises';
import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import { DomainError } from '@atrium/errors';
import { LruCache } from '../cache/lru-cache';
import { GATEWAY_ERRORS } from '../domain/errors';

/** Who an access token speaks for. */
export interface AccessTokenClaims {
  userId: string;
  agencyId: string;
  sessionId?: string;
  /** Set on a switch token (claim act_client): the one client account the token is confined to. */
  actingAsClientId?: string;
  /** When the token expires, epoch milliseconds. */
  expiresAt: number;
}

export interface JwtVerifierOptions {
  /** Where the current public keys come from: identity's GetJwks in production, a fake in tests. */
  getJwks: () => Promise<JSONWebKeySet>;
  issuer: string;
  audience: string;
  /** A token naming an unknown key refetches the key set at most this often. */
  refreshCooldownMs: number;
  /** Verified tokens remembered until they expire; default 10 000. */
  maxCachedTokens?: number;
  /** Milliseconds clock for the cooldown, the token cache and the claims' times. */
  now?: () => number;
  /** Waits until the cooldown allows the scheduled fetch; a fake clock's tests advance it instead. */
  sleep?: (ms: number) => Promise<void>;
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
  const { sub, agency, sid, exp, act_client } = payload as JWTPayload & {
    agency?: unknown;
    sid?: unknown;
    act_client?: unknown;
  };
  if (!nonEmptyString(sub) || !nonEmptyString(agency) || exp === undefined) throw invalidToken();
  const claims: AccessTokenClaims = { userId: sub, agencyId: agency, expiresAt: exp * 1000 };
  if (nonEmptyString(sid)) claims.sessionId = sid;
  if (act_client !== undefined) {
    // A switch token must stay confined and must die with its session: both need these claims intact.
    if (!nonEmptyString(act_client) || claims.sessionId === undefined) throw invalidToken();
    claims.actingAsClientId = act_client;
  }
  return claims;
}

/**
 * Verifies access tokens locally against identity's public keys, so no request pays a round trip to
 * identity. Keys are cached; a token signed with a key the cache does not know (identity rotated its
 * keys) refetches the set, at most once per cooldown so forged key ids cannot flood identity. A token
 * arriving within the cooldown is refused at once (a forged key id must not hold a connection for
 * seconds, with no login needed) and schedules the one fetch the cooldown allows at its end, so a key
 * identity published just after the last fetch is known a few seconds later and the client's retry
 * passes.
 * A token that verified is remembered until its expiry, so a client's later requests skip the ES256
 * signature check (the costliest step of an authenticated request); only valid tokens are remembered,
 * so garbage cannot evict them faster than real traffic.
 */
export class JwtVerifier {
  private keys: CachedKeys | undefined;
  private lastFetchAt = Number.NEGATIVE_INFINITY;
  private fetching: Promise<CachedKeys> | undefined;
  private scheduled: Promise<void> | undefined;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly verified: LruCache<string, AccessTokenClaims>;

  constructor(private readonly options: JwtVerifierOptions) {
    this.now = options.now ?? Date.now;
    // Unreferenced, so a pending wait never holds the process open at shutdown.
    this.sleep = options.sleep ?? ((ms) => sleep(ms, undefined, { ref: false }));
    this.verified = new LruCache({ maxEntries: options.maxCachedTokens ?? 10_000, now: this.now });
  }

  /** The token's claims; DomainError unauthenticated or token_expired when it must not be trusted. */
  async verify(token: string): Promise<AccessTokenClaims> {
    return this.verified.get(token) ?? this.verifySignature(token);
  }

  private async verifySignature(token: string): Promise<AccessTokenClaims> {
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      throw invalidToken();
    }
    const keys = await this.keysFor(kid);
    try {
      const { payload } = await jwtVerify(token, keys.keySet, {
        algorithms: ALGORITHMS,
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(this.now()),
      });
      const claims = Object.freeze(claimsOf(payload));
      // Remembered until exp itself: the clock tolerance is for fresh tokens, not for stretching old ones.
      if (claims.expiresAt > this.now()) this.verified.set(token, claims, claims.expiresAt);
      return claims;
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new DomainError(GATEWAY_ERRORS.token_expired, 'The access token has expired.');
      if (error instanceof errors.JOSEError) throw invalidToken();
      throw error;
    }
  }

  /** The key set to check a token naming `kid` against, refetched when it does not know that key. */
  private async keysFor(kid: string | undefined): Promise<CachedKeys> {
    const keys = this.keys ?? (await this.fetchKeys());
    if (kid === undefined || keys.kids.has(kid)) return keys;
    const waitMs = this.lastFetchAt + this.options.refreshCooldownMs - this.now();
    if (waitMs <= 0) return this.fetchKeys();
    // Every unknown key id within the cooldown shares the one fetch at its end; none waits for it.
    this.scheduled ??= this.sleep(waitMs)
      .then(() => this.fetchKeys())
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.scheduled = undefined;
      });
    throw invalidToken();
  }

  /**
   * Refetches the key set now, cooldown or not: identity said it rotated (an event, so at most as often
   * as it rotates). A failure keeps the keys already known; the next unknown key id retries.
   */
  refreshKeys(): void {
    this.fetchKeys().catch(() => undefined);
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
