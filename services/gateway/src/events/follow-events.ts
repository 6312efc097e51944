import type { Logger } from '@atrium/logger';
import { longestTokenLifetimeSeconds } from '../auth/switch-scope';
import type { GatewayConfig } from '../config';
import {
  ACCESS_TTL_MS,
  invalidationHandlers,
  tenancyInvalidationHandlers,
  type GatewayState,
} from '../state';
import { identityEventFollower } from './identity-events';
import { NatsLink } from './nats-link';
import { notificationEventFollower } from './notification-events';
import type { StreamFollower } from './stream-follower';
import { tenancyEventFollower } from './tenancy-events';

export interface GatewayEvents {
  identity: StreamFollower;
  notifications: StreamFollower;
  tenancy: StreamFollower;
  /** Stops every follower, then drains the connection. */
  stop(): Promise<void>;
}

/**
 * Starts following what the gateway reacts to, over one NATS connection: identity's events (revocations
 * and profile changes), tenancy's (role changes, agency name) and notification's (the live notification
 * streams). None is needed to serve; see StreamFollower.
 */
export function followEvents(
  config: Pick<GatewayConfig, 'NATS_URL' | 'EVENTS_NAMESPACE' | 'ACCESS_TOKEN_TTL_SECONDS'>,
  state: GatewayState,
  logger: Logger,
  /** The replica's connection, shared with the idempotency store; closed by stop(). */
  nats: NatsLink = new NatsLink({ servers: config.NATS_URL, name: 'gateway', logger }),
): GatewayEvents {
  const namespace = config.EVENTS_NAMESPACE;
  const identity = identityEventFollower({
    nats,
    namespace,
    logger,
    lookBackMs: longestTokenLifetimeSeconds(config.ACCESS_TOKEN_TTL_SECONDS) * 1000,
    handlers: invalidationHandlers(state, config),
  });
  const notifications = notificationEventFollower({
    nats,
    namespace,
    logger,
    streams: state.notificationStreams,
  });
  const tenancy = tenancyEventFollower({
    nats,
    namespace,
    logger,
    cacheTtlMs: ACCESS_TTL_MS,
    handlers: tenancyInvalidationHandlers(state),
  });
  identity.start();
  notifications.start();
  tenancy.start();
  return {
    identity,
    notifications,
    tenancy,
    stop: async () => {
      await Promise.all([identity.stop(), notifications.stop(), tenancy.stop()]);
      await nats.close();
    },
  };
}
