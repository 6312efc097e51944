import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Tx } from '../store/db';
import type { KeyRing } from './key-ring';

export interface TokenSettings {
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
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

/** Refresh tokens are 256-bit random strings stored only as their SHA-256. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opens a session and signs its first access token. */
export async function openSession(
  tx: Tx,
  keys: KeyRing,
  settings: TokenSettings,
  request: SessionRequest,
): Promise<TokenPair> {
  const sessionId = randomUUID();
  const refreshToken = randomBytes(32).toString('base64url');
  await tx.session.create({
    data: {
      id: sessionId,
      userId: request.userId,
      agencyId: request.agencyId,
      refreshTokenHash: hashRefreshToken(refreshToken),
      userAgent: request.userAgent.slice(0, 512),
      ip: request.ip.slice(0, 64),
      expiresAt: new Date(Date.now() + settings.refreshTokenTtlDays * 86_400_000),
    },
  });
  const accessToken = await signAccessToken(keys, settings, request.userId, request.agencyId, sessionId);
  return { accessToken, refreshToken, expiresIn: settings.accessTokenTtlSeconds };
}

export async function signAccessToken(
  keys: KeyRing,
  settings: TokenSettings,
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
