import { AsyncLocalStorage } from 'node:async_hooks';

/** The acting identity that travels with a request across services. */
export interface Actor {
  userId: string;
  agencyId?: string;
  clientId?: string;
  /** set when an agency user acts inside a client through a switch token */
  actingAsClientId?: string;
  /** the session of the access token the request came with */
  sessionId?: string;
  /**
   * Set when an agency API key is the caller: then userId is the key's id too (so code that
   * forgets API keys finds no membership and fails closed) and these are the key's permissions.
   */
  apiKeyId?: string;
  apiKeyPermissions?: string[];
  /**
   * Resolved by the gateway from tenancy for a route of a service that does not own access (billing,
   * campaigns): the agency permissions the caller holds in its agency. Absent means not resolved, so a
   * service requiring one answers forbidden (libs/grpc requireAgencyPermission).
   */
  agencyPermissions?: string[];
  /**
   * Resolved by the gateway for a route inside one client (`/v1/clients/{id}/…`): that client, which the
   * caller may enter, and the client permissions held there (an agency user who may enter holds every
   * one). Absent, or naming another client, means the caller may not enter it: not_found.
   */
  clientAccess?: ClientAccess;
}

/** What the caller may do inside one client account, as the gateway resolved it. */
export interface ClientAccess {
  clientId: string;
  permissions: string[];
  /**
   * True when the caller entered as a user of the client (its client role's permissions); absent for
   * an agency user or API key, who holds every client permission. A right the two hold through
   * different permissions is checked with libs/grpc requireClientOrAgencyPermission.
   */
  clientUser?: boolean;
}

export interface RequestContext {
  requestId?: string;
  traceparent?: string;
  actor?: Actor;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs fn with context visible to getContext() in everything it calls, synchronously or not. */
export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function getContext(): RequestContext | undefined {
  return storage.getStore();
}
