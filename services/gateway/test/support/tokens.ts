import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';

export const ISSUER = 'atrium';
export const AUDIENCE = 'atrium-api';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function newSigningKey(kid: string, alg: 'ES256' | 'EdDSA' = 'ES256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** An access token as identity issues it, with claims a test may override. */
export function accessToken(
  key: SigningKey,
  claims: JWTPayload = {},
  options: { expiresIn?: string | number; alg?: string } = {},
): Promise<string> {
  return new SignJWT({
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'user-1',
    agency: 'agency-1',
    sid: 'session-1',
    ...claims,
  })
    .setProtectedHeader({ alg: options.alg ?? key.publicJwk.alg ?? 'ES256', kid: key.kid })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '15m')
    .sign(key.privateKey);
}
