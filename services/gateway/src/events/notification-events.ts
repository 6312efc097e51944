import type { Logger } from '@atrium/logger';
import type { EventType } from '@atrium/proto';
import type { LiveNotification, NotificationStreams } from '../streams/notification-streams';
import type { NatsLink } from './nats-link';
import { payloadOf, readMessage, StreamFollower } from './stream-follower';

export const NOTIFICATION_CREATED = 'atrium.notification.v1.notification.created' satisfies EventType;

/**
 * The live notification a notification.created payload announces; undefined when it is not what its
 * proto promises (payloadOf) or names no notification, person or agency. clientId is '' when there is
 * none.
 */
export function liveNotificationOf(data: unknown): LiveNotification | undefined {
  const created = payloadOf(NOTIFICATION_CREATED, data);
  if (!created?.notificationId || !created.userId || !created.agencyId) return undefined;
  const { notificationId, userId, agencyId, kind, title, body, clientId, createdAt } = created;
  return {
    userId,
    agencyId,
    notification: { id: notificationId, kind, title, body, clientId, createdAt, readAt: '' },
  };
}

export interface NotificationEventFollowerOptions {
  nats: NatsLink;
  namespace: string;
  logger: Logger;
  streams: NotificationStreams;
}

/*
 * How far back a consumer that replaces a lost one reads. Notifications published while this replica
 * had no consumer reach its open streams late rather than never, unless the gap was longer than this;
 * then the clients' next reconnect (Last-Event-ID) replays them.
 */
const CATCH_UP_MS = 5 * 60 * 1000;

/**
 * Follows notification's stream for the replica's open notification streams: one consumer per replica,
 * fanned out in-process. The first consumer starts from when the follower was made, as no stream was
 * open before.
 */
export function notificationEventFollower(options: NotificationEventFollowerOptions): StreamFollower {
  const { logger, streams } = options;
  const madeAt = new Date();
  return new StreamFollower({
    nats: options.nats,
    service: 'notification',
    namespace: options.namespace,
    logger,
    startTime: (lastSeen) => {
      const earliest = new Date(Date.now() - CATCH_UP_MS);
      const from = lastSeen ?? madeAt;
      return from > earliest ? from : earliest;
    },
    handle: (message) => {
      const { type, data } = readMessage(message);
      if (type !== NOTIFICATION_CREATED) return;
      const live = liveNotificationOf(data);
      if (live) streams.publish(live);
      else logger.warn({ type, streamSequence: message.seq }, 'unreadable notification event skipped');
    },
    unavailableWarning:
      'cannot follow notification events; open notification streams get nothing new until NATS answers',
  });
}
