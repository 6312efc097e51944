import type { Request } from 'express';
import { DomainError } from '@atrium/errors';

/**
 * The longest a switch token may live (identity's SWITCH_TOKEN_TTL_SECONDS is capped at this by its
 * config schema): a revoked session must be remembered until its last switch token has expired too.
 */
export const SWITCH_TOKEN_MAX_TTL_SECONDS = 1800;

/** How long after a session's revocation one of its tokens may still be unexpired. */
export function longestTokenLifetimeSeconds(accessTokenTtlSeconds: number): number {
  return Math.max(accessTokenTtlSeconds, SWITCH_TOKEN_MAX_TTL_SECONDS);
}

/** The route an operation was registered under, as Express names it (`/v1/clients/:id/team`). */
export interface MatchedRoute {
  method: string;
  path: string;
  params: Record<string, string | undefined>;
}

const CLIENT_ROUTE = /^\/v1\/clients\/:id(\/|$)/;

/**
 * Whether a token confined to `clientId` may call this route: every route inside that client (those
 * registered under /v1/clients/{id}, with that id), and GET /v1/me so a web app can show who is signed
 * in. Decided on the matched route template and its parameters, never on the raw URL, so encodings or
 * extra slashes cannot smuggle a request out of the client.
 */
export function switchScopeAllows(route: MatchedRoute, clientId: string): boolean {
  if (route.method === 'GET' && route.path === '/v1/me') return true;
  const routeClientId = route.params.id;
  return (
    CLIENT_ROUTE.test(route.path) &&
    routeClientId !== undefined &&
    routeClientId.toLowerCase() === clientId.toLowerCase()
  );
}

/** The route Express matched for this request; a handler reached outside a route is a wiring bug. */
export function matchedRoute(req: Request): MatchedRoute {
  const path: unknown = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path !== 'string') throw new Error(`authenticate() ran outside a route for ${req.method}`);
  return { method: req.method, path, params: req.params as Record<string, string | undefined> };
}

/**
 * Refuses a switch token outside its client. Another client's route answers 404 not_found, as every
 * client the caller may not enter does (docs/product.md "API conventions": existence never leaks);
 * a route outside any client (the agency, the client list, another switch) answers 403 forbidden,
 * naming why, since it refuses the credential whatever the request names.
 */
export function requireSwitchScope(route: MatchedRoute, clientId: string): void {
  if (switchScopeAllows(route, clientId)) return;
  if (CLIENT_ROUTE.test(route.path)) throw new DomainError('not_found', 'No such client.');
  throw new DomainError(
    'forbidden',
    `This token is scoped to client ${clientId}: it may call only routes inside that client (/v1/clients/${clientId}/…) and GET /v1/me.`,
  );
}

/** The OpenAPI spelling of an Express route template: `/v1/clients/{id}/team`. */
export function routeTemplateOf(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}
