import type { Request, RequestHandler } from 'express';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { continueAs } from '../http/request-context';
import { API_KEY_PREFIX, type ApiKeyVerifier } from './api-key-verifier';
import type { JwtVerifier } from './jwt-verifier';
import type { RevokedSessions } from './revoked-sessions';
import type { SwitchActionRecorder } from './switch-actions';
import { matchedRoute, requireSwitchScope } from './switch-scope';

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i;

export interface Authenticators {
  jwt: JwtVerifier;
  apiKeys: ApiKeyVerifier;
  revokedSessions: RevokedSessions;
  /** Audits the writes made with switch tokens; without it (tests of other concerns) they are not. */
  switchActions?: SwitchActionRecorder;
}

export interface AuthenticateOptions {
  /**
   * A query parameter that may carry the access token when no Authorization header is sent, for
   * browsers' EventSource, which cannot send headers. Access tokens only: an API key is never taken
   * from a URL.
   */
  queryParameter?: string;
}

async function actorOfToken(
  token: string,
  auth: Authenticators,
): Promise<{ actor: Actor; expiresAt?: number }> {
  if (token.startsWith(API_KEY_PREFIX)) return { actor: await auth.apiKeys.verify(token) };
  const claims = await auth.jwt.verify(token);
  if (claims.sessionId !== undefined && auth.revokedSessions.isRevoked(claims.sessionId))
    throw new DomainError('unauthenticated', 'The session has ended; sign in again.');
  const actor: Actor = { userId: claims.userId, agencyId: claims.agencyId };
  if (claims.sessionId !== undefined) actor.sessionId = claims.sessionId;
  if (claims.actingAsClientId !== undefined) {
    actor.actingAsClientId = claims.actingAsClientId;
    actor.clientId = claims.actingAsClientId;
  }
  return { actor, expiresAt: claims.expiresAt };
}

function tokenOf(req: Request, options: AuthenticateOptions): string {
  const header = req.get('authorization');
  const fromQuery = options.queryParameter === undefined ? undefined : req.query[options.queryParameter];
  if (header === undefined && typeof fromQuery === 'string') {
    if (fromQuery.startsWith(API_KEY_PREFIX))
      throw new DomainError(
        'unauthenticated',
        'Send an API key in the Authorization header, never in a URL.',
      );
    return fromQuery;
  }
  if (header === undefined)
    throw new DomainError('unauthenticated', 'Send an access token: Authorization: Bearer <token>.');
  const token = BEARER.exec(header)?.[1];
  if (token === undefined)
    throw new DomainError('unauthenticated', 'The Authorization header must be "Bearer <token>".');
  return token;
}

/**
 * Admits requests with `Authorization: Bearer <access token>` (a person) or `Bearer atr_…` (an agency
 * API key) and runs the rest as that actor. A switch token (an access token confined to one client) is
 * checked here, in one place for every route, against the route it reached: outside its client it
 * answers 403 before any handler runs, and its writes are audited once answered, refused ones included.
 */
export function authenticate(auth: Authenticators, options: AuthenticateOptions = {}): RequestHandler {
  return async (req, res, next) => {
    const { actor, expiresAt } = await actorOfToken(tokenOf(req, options), auth);
    if (actor.actingAsClientId !== undefined) {
      const route = matchedRoute(req);
      auth.switchActions?.recordAfterResponse(route, actor, res);
      requireSwitchScope(route, actor.actingAsClientId);
    }
    continueAs(actor, res, next, expiresAt);
  };
}
