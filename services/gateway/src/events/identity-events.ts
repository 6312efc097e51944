import type { Logger } from '@atrium/logger';
import type { EventType } from '@atrium/proto';
import type { NatsLink } from './nats-link';
import { payloadOf, readMessage, StreamFollower } from './stream-follower';

export const SESSION_REVOKED = 'atrium.identity.v1.session.revoked' satisfies EventType;
export const API_KEY_REVOKED = 'atrium.identity.v1.api_key.revoked' satisfies EventType;
export const USER_UPDATED = 'atrium.identity.v1.user.updated' satisfies EventType;
export const SIGNING_KEY_ROTATED = 'atrium.identity.v1.signing_key.rotated' satisfies EventType;

/** What the gateway does with the identity events it follows. */
export interface IdentityEventHandlers {
  /** `at`: when identity revoked them; their access tokens were all issued before. */
  sessionsRevoked(sessionIds: string[], at: Date): void;
  apiKeyRevoked(apiKeyId: string): void;
  userUpdated(userId: string): void;
  /** identity signs with a new key: refetch the key set now, whatever the unknown-key cooldown says. */
  signingKeyRotated(): void;
}

/**
 * Applies one event: `ignored` when the gateway does not follow its type, `malformed` when its payload
 * is not what its proto promises (payloadOf) or lacks the ids the gateway acts on.
 */
export function applyIdentityEvent(
  type: string,
  data: unknown,
  at: Date,
  handlers: IdentityEventHandlers,
): 'applied' | 'ignored' | 'malformed' {
  switch (type) {
    case SESSION_REVOKED: {
      const revoked = payloadOf(type, data);
      if (!revoked || revoked.sessionIds.some((sessionId) => !sessionId)) return 'malformed';
      handlers.sessionsRevoked(revoked.sessionIds, at);
      return 'applied';
    }
    case API_KEY_REVOKED: {
      const revoked = payloadOf(type, data);
      if (!revoked?.apiKeyId) return 'malformed';
      handlers.apiKeyRevoked(revoked.apiKeyId);
      return 'applied';
    }
    case USER_UPDATED: {
      const updated = payloadOf(type, data);
      if (!updated?.userId) return 'malformed';
      handlers.userUpdated(updated.userId);
      return 'applied';
    }
    case SIGNING_KEY_ROTATED:
      handlers.signingKeyRotated();
      return 'applied';
    default:
      return 'ignored';
  }
}

export interface IdentityEventFollowerOptions {
  nats: NatsLink;
  namespace: string;
  logger: Logger;
  /** How far back a new consumer starts: the access-token lifetime, so recent revocations are known. */
  lookBackMs: number;
  handlers: IdentityEventHandlers;
}

/**
 * Follows identity's stream. A new consumer starts `lookBackMs` ago (or where the last one got to, if
 * later), so a replica that just started, or that was cut off from NATS, still learns the revocations
 * of the last token lifetime: applying an event twice is harmless.
 *
 * While NATS is unreachable the gateway is weaker: a revoked session's access tokens pass until they
 * expire (at most the token lifetime), a revoked API key until its cache entry expires (30 s), and
 * profile changes show after the profile cache's 30 s. Once NATS is back, the new consumer replays
 * what was missed.
 */
export function identityEventFollower(options: IdentityEventFollowerOptions): StreamFollower {
  const { logger, handlers } = options;
  return new StreamFollower({
    nats: options.nats,
    service: 'identity',
    namespace: options.namespace,
    logger,
    startTime: (lastSeen) => {
      const earliest = new Date(Date.now() - options.lookBackMs);
      return lastSeen && lastSeen > earliest ? lastSeen : earliest;
    },
    handle: (message) => {
      const { type, data } = readMessage(message);
      const time = new Date(message.headers?.get('ce-time') ?? '');
      const at = Number.isNaN(time.getTime()) ? message.time : time;
      if (applyIdentityEvent(type, data, at, handlers) === 'malformed')
        logger.warn({ type, streamSequence: message.seq }, 'unreadable identity event skipped');
    },
    unavailableWarning:
      'cannot follow identity events; revoked sessions and API keys stay valid until their tokens or cache entries expire',
  });
}
