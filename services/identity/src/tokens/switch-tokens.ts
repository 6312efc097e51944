import { SignJWT } from 'jose';
import type { KeyRing } from './key-ring';
import type { TokenSettings } from './session-tokens';

/** The claim that scopes an access token to one client account (see docs/security.md). */
export const ACTING_AS_CLIENT_CLAIM = 'act_client';

export interface SwitchTokenSubject {
  userId: string;
  agencyId: string;
  sessionId: string;
  clientId: string;
}

export interface SignedSwitchToken {
  token: string;
  expiresAt: Date;
}

/**
 * Signs a switch token: an access token of the caller's own session (same keys, issuer, audience and
 * sid, so the gateway verifies it and a revoked session kills it like any access token) with the
 * act_client claim naming the client it is confined to. It never outlives its session.
 */
export async function signSwitchToken(
  keys: KeyRing,
  settings: Pick<TokenSettings, 'issuer' | 'audience' | 'switchTokenTtlSeconds'>,
  subject: SwitchTokenSubject,
  sessionExpiresAt: Date,
): Promise<SignedSwitchToken> {
  const key = await keys.signingKey();
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAtSeconds = Math.min(
    issuedAt + settings.switchTokenTtlSeconds,
    Math.floor(sessionExpiresAt.getTime() / 1000),
  );
  const token = await new SignJWT({
    sid: subject.sessionId,
    agency: subject.agencyId,
    [ACTING_AS_CLIENT_CLAIM]: subject.clientId,
  })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setSubject(subject.userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAtSeconds)
    .sign(key.privateKey);
  return { token, expiresAt: new Date(expiresAtSeconds * 1000) };
}
