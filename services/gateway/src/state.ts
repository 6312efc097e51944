import type { Logger } from '@atrium/logger';
import type { identity, tenancy } from '@atrium/proto';
import { ApiKeyVerifier } from './auth/api-key-verifier';
import { fetchJwks } from './auth/jwks-source';
import { JwtVerifier } from './auth/jwt-verifier';
import { RevokedSessions } from './auth/revoked-sessions';
import { longestTokenLifetimeSeconds } from './auth/switch-scope';
import type { Backends } from './backends';
import { CachedLoader } from './cache/cached-loader';
import type { GatewayConfig } from './config';
import type { IdentityEventHandlers } from './events/identity-events';
import type { ClientAccessEntry } from './auth/resolve-access';
import type { TenancyEventHandlers } from './events/tenancy-events';
import { RateLimiter } from './http/rate-limit';
import { NotificationStreams } from './streams/notification-streams';

export type StateConfig = Pick<
  GatewayConfig,
  | 'JWT_ISSUER'
  | 'JWT_AUDIENCE'
  | 'JWKS_REFRESH_COOLDOWN_MS'
  | 'ACCESS_TOKEN_TTL_SECONDS'
  | 'LOGIN_RATE_LIMIT_PER_MINUTE'
  | 'SSE_MAX_STREAMS_PER_USER'
>;

/**
 * What the gateway remembers between requests so that the hot path (an authenticated GET /v1/me) makes
 * no backend call once warm. Every part is bounded, and identity's events evict what they make stale.
 */
export interface GatewayState {
  jwt: JwtVerifier;
  apiKeys: ApiKeyVerifier;
  revokedSessions: RevokedSessions;
  /** identity GetUser per user id; a user.updated event evicts it. */
  profiles: CachedLoader<identity.User__Output>;
  /**
   * tenancy GetAccess per user and agency; tenancy's member and agency events evict it, the expiry bounds
   * how stale it gets while NATS is away.
   */
  access: CachedLoader<tenancy.GetAccessResponse__Output>;
  /**
   * tenancy GetClientAccess per caller, agency and client, refusals (not_found, client_deleted)
   * included, for routes of services that do not own access (auth/resolve-access.ts). Evicted by the
   * same member and role events as `access`, and by the client's own events.
   */
  clientAccess: CachedLoader<ClientAccessEntry>;
  /** tenancy's permission catalogue: data that changes only with a tenancy release. */
  catalogue: CachedLoader<tenancy.GetPermissionCatalogueResponse__Output>;
  rateLimiter: RateLimiter;
  /** The notification streams (SSE) open on this replica; notification.created events reach them here. */
  notificationStreams: NotificationStreams;
}

/** How long a GetAccess answer is kept. */
export const ACCESS_TTL_MS = 30_000;

/** Clock skew identity and the gateway may have; a revocation outlives the token lifetime by this. */
const CLOCK_SKEW_MS = 5_000;

export function createGatewayState(
  config: StateConfig,
  backends: Pick<Backends, 'identity'>,
  logger: Logger,
): GatewayState {
  return {
    jwt: new JwtVerifier({
      getJwks: () => fetchJwks(backends.identity),
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      refreshCooldownMs: config.JWKS_REFRESH_COOLDOWN_MS,
      maxCachedTokens: 10_000,
    }),
    apiKeys: new ApiKeyVerifier(backends.identity, { ttlMs: 30_000, maxEntries: 10_000 }),
    revokedSessions: new RevokedSessions({ maxEntries: 100_000, logger }),
    profiles: new CachedLoader({ maxEntries: 10_000, ttlMs: 30_000 }),
    access: new CachedLoader({ maxEntries: 10_000, ttlMs: ACCESS_TTL_MS }),
    clientAccess: new CachedLoader({ maxEntries: 50_000, ttlMs: ACCESS_TTL_MS }),
    catalogue: new CachedLoader({ maxEntries: 1, ttlMs: 5 * 60_000 }),
    rateLimiter: new RateLimiter({ perMinute: config.LOGIN_RATE_LIMIT_PER_MINUTE, maxKeys: 50_000 }),
    notificationStreams: new NotificationStreams({ maxPerUser: config.SSE_MAX_STREAMS_PER_USER }),
  };
}

/** The access cache's key for one user in one agency. */
export function accessKey(userId: string, agencyId: string): string {
  return `${userId} ${agencyId}`;
}

/** How identity's events change what the gateway remembers. */
export function invalidationHandlers(
  state: GatewayState,
  config: Pick<StateConfig, 'ACCESS_TOKEN_TTL_SECONDS'>,
): IdentityEventHandlers {
  return {
    sessionsRevoked: (sessionIds, at) => {
      state.revokedSessions.revoke(
        sessionIds,
        // Switch tokens of the session may outlive its access tokens.
        at.getTime() + longestTokenLifetimeSeconds(config.ACCESS_TOKEN_TTL_SECONDS) * 1000 + CLOCK_SKEW_MS,
      );
      state.notificationStreams.endSessions(sessionIds);
    },
    apiKeyRevoked: (apiKeyId) => state.apiKeys.evict(apiKeyId),
    userUpdated: (userId) => state.profiles.evict(userId),
    signingKeyRotated: () => state.jwt.refreshKeys(),
  };
}

/** How tenancy's events change what the gateway remembers. */
export function tenancyInvalidationHandlers(
  state: Pick<GatewayState, 'access' | 'clientAccess'>,
): TenancyEventHandlers {
  return {
    accessChanged: (agencyId, userIds) => {
      for (const userId of userIds) state.access.evict(accessKey(userId, agencyId));
      if (userIds.length > 0)
        state.clientAccess.evictWhere(
          (entry) => entry.agencyId === agencyId && userIds.includes(entry.callerId),
        );
    },
    // GET /v1/me shows the agency name from every member's cached access.
    agencyUpdated: (agencyId) => state.access.evictWhere((access) => access.agency?.id === agencyId),
    agencyAccessChanged: (agencyId) => {
      state.access.evictWhere((access) => access.agency?.id === agencyId);
      state.clientAccess.evictWhere((entry) => entry.agencyId === agencyId);
    },
    clientAccessChanged: (agencyId, clientId) => {
      const client = clientId.toLowerCase();
      state.clientAccess.evictWhere((entry) => entry.agencyId === agencyId && entry.clientId === client);
      // GetAccess lists a person's roles only in clients that are on (GET /v1/me): a client turned off
      // takes its users' roles out of it.
      state.access.evictWhere(
        (access) =>
          access.agency?.id === agencyId &&
          access.clients.some((grant) => grant.clientId.toLowerCase() === client),
      );
    },
  };
}
