import type { Logger } from '@atrium/logger';
import { z } from 'zod';
import type { NatsLink } from './nats-link';
import { readMessage, StreamFollower } from './stream-follower';

export const SESSION_REVOKED = 'atrium.identity.v1.session.revoked';
export const API_KEY_REVOKED = 'atrium.identity.v1.api_key.revoked';
export const USER_UPDATED = 'atrium.identity.v1.user.updated';
export const SIGNING_KEY_ROTATED = 'atrium.identity.v1.signing_key.rotated';

/** What the gateway does with the identity events it follows. */
export interface IdentityEventHandlers {
  /** `at`: when identity revoked them; their access tokens were all issued before. */
  sessionsRevoked(sessionIds: string[], at: Date): void;
  apiKeyRevoked(apiKeyId: string): void;
  userUpdated(userId: string): void;
  /** identity signs with a new key: refetch the key set now, whatever the unknown-key cooldown says. */
  signingKeyRotated(): void;
}

// Payloads are proto3 JSON with defaults filled in (libs/events enqueueEvent); only what is used is read.
const SessionRevokedData = z.object({ sessionIds: z.array(z.string().min(1)) });
const ApiKeyRevokedData = z.object({ apiKeyId: z.string().min(1) });
const UserUpdatedData = z.object({ userId: z.string().min(1) });

/** Applies one event: `ignored` when the gateway does not follow its type. */
export function applyIdentityEvent(
  type: string,
  data: unknown,
  at: Date,
  handlers: IdentityEventHandlers,
): 'applied' | 'ignored' | 'malformed' {
  switch (type) {
    case SESSION_REVOKED: {
      const parsed = SessionRevokedData.safeParse(data);
      if (!parsed.success) return 'malformed';
      handlers.sessionsRevoked(parsed.data.sessionIds, at);
      return 'applied';
    }
    case API_KEY_REVOKED: {
      const parsed = ApiKeyRevokedData.safeParse(data);
      if (!parsed.success) return 'malformed';
      handlers.apiKeyRevoked(parsed.data.apiKeyId);
      return 'applied';
    }
    case USER_UPDATED: {
      const parsed = UserUpdatedData.safeParse(data);
      if (!parsed.success) return 'malformed';
      handlers.userUpdated(parsed.data.userId);
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
