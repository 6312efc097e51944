import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { createRefreshToken, createSession } from '../store/sessions';
import type { Tx } from '../store/transaction';
import type { KeyRing } from './key-ring';

export interface TokenSettings {
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
  /** Lifetime of a switch token (tokens/switch-tokens.ts); never refreshed. */
  switchTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
}

export interface SessionRequest {
  userId: string;
  agencyId: string | null;
  userAgent: string;
  ip: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** Opaque tokens (refresh, reset, API key secrets) are stored only as their SHA-256. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Where a session was used from, bounded so a client cannot fill the table. */
export function clientHints(request: { userAgent: string; ip: string }) {
  return { userAgent: request.userAgent.slice(0, 512), ip: request.ip.slice(0, 64) };
}

/** When a refresh token issued now expires; its session lasts as long as its newest token. */
export function refreshTokenExpiry(settings: TokenSettings): Date {
  return new Date(Date.now() + settings.refreshTokenTtlDays * 86_400_000);
}

/** Stores a new 256-bit refresh token for the session and returns it; only its hash is kept. */
export async function issueRefreshToken(tx: Tx, sessionId: string, expiresAt: Date): Promise<string> {
  const refreshToken = randomBytes(32).toString('base64url');
  await createRefreshToken(tx, { tokenHash: hashToken(refreshToken), sessionId, expiresAt });
  return refreshToken;
}

/** Opens a session (a new token family) and signs its first access token. */
export async function openSession(
  tx: Tx,
  keys: KeyRing,
  settings: TokenSettings,
  request: SessionRequest,
): Promise<TokenPair> {
  const sessionId = randomUUID();
  const expiresAt = refreshTokenExpiry(settings);
  await createSession(tx, {
    id: sessionId,
    userId: request.userId,
    agencyId: request.agencyId,
    expiresAt,
    ...clientHints(request),
  });
  const refreshToken = await issueRefreshToken(tx, sessionId, expiresAt);
  const accessToken = await signAccessToken(keys, settings, request.userId, request.agencyId, sessionId);
  return { accessToken, refreshToken, expiresIn: settings.accessTokenTtlSeconds };
}

export async function signAccessToken(
  keys: KeyRing,
  settings: Pick<TokenSettings, 'issuer' | 'audience' | 'accessTokenTtlSeconds'>,
  userId: string,
  agencyId: string | null,
  sessionId: string,
): Promise<string> {
  const key = await keys.signingKey();
  return new SignJWT({ sid: sessionId, ...(agencyId ? { agency: agencyId } : {}) })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(`${settings.accessTokenTtlSeconds}s`)
    .sign(key.privateKey);
}
