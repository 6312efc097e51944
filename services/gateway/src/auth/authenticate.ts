import type { RequestHandler } from 'express';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { continueAs } from '../http/request-context';
import { API_KEY_PREFIX, type ApiKeyVerifier } from './api-key-verifier';
import type { JwtVerifier } from './jwt-verifier';
import type { RevokedSessions } from './revoked-sessions';

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i;

export interface Authenticators {
  jwt: JwtVerifier;
  apiKeys: ApiKeyVerifier;
  revokedSessions: RevokedSessions;
}

async function actorOfToken(token: string, auth: Authenticators): Promise<Actor> {
  if (token.startsWith(API_KEY_PREFIX)) return auth.apiKeys.verify(token);
  const claims = await auth.jwt.verify(token);
  if (claims.sessionId !== undefined && auth.revokedSessions.isRevoked(claims.sessionId))
    throw new DomainError('unauthenticated', 'The session has ended; sign in again.');
  const actor: Actor = { userId: claims.userId, agencyId: claims.agencyId };
  if (claims.sessionId !== undefined) actor.sessionId = claims.sessionId;
  return actor;
}

/**
 * Admits requests with `Authorization: Bearer <access token>` (a person) or `Bearer atr_…` (an agency
 * API key) and runs the rest as that actor.
 */
export function authenticate(auth: Authenticators): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header === undefined)
      throw new DomainError('unauthenticated', 'Send an access token: Authorization: Bearer <token>.');
    const token = BEARER.exec(header)?.[1];
    if (token === undefined)
      throw new DomainError('unauthenticated', 'The Authorization header must be "Bearer <token>".');
    continueAs(await actorOfToken(token, auth), res, next);
  };
}
