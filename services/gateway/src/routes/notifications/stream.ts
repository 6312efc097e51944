import { DomainError } from '@atrium/errors';
import type { Logger } from '@atrium/logger';
import type { Backends } from '../../backends';
import type { GatewayConfig } from '../../config';
import type { OperationRouter } from '../../http/operations';
import { tokenExpiryOf } from '../../http/request-context';
import type { Lifecycle } from '../../lifecycle';
import { z } from '../../openapi/zod';
import type { NotificationStreams } from '../../streams/notification-streams';
import { openNotificationStream } from '../../streams/open-notification-stream';
import { present } from '../shared/contract';

/** How long EventSource waits before it reconnects, sent as the stream's `retry:` hint. */
export const RECONNECT_AFTER_MS = 3000;

/** The query parameter that may carry the access token, which the access log never writes. */
export const ACCESS_TOKEN_PARAMETER = 'access_token';

const eventId = z.string().min(1).max(200);

export const NotificationStreamQuerySchema = z.strictObject({
  [ACCESS_TOKEN_PARAMETER]: z
    .string()
    .min(1)
    .optional()
    .openapi({
      description:
        "The access token, for browsers' EventSource, which cannot send an Authorization header; the header " +
        'wins when both are sent. Access tokens only (never an API key). The gateway keeps this parameter ' +
        'out of its access log, but other hops may not: prefer the header wherever the client can set it.',
    }),
  lastEventId: eventId.optional().openapi({
    description:
      'As the `Last-Event-ID` header, for a new EventSource (e.g. after `reauthenticate`), which cannot ' +
      'set the header; the header wins when both are sent.',
  }),
});

export const NotificationStreamHeadersSchema = z.object({
  'last-event-id': z
    .string()
    .max(200)
    .optional()
    .openapi({
      description:
        'The id of the last event received; the notifications created after it are sent first. EventSource ' +
        'sends it by itself when it reconnects. Empty means none.',
    }),
});

const STREAM_DESCRIPTION =
  'Server-sent events, each `id: <notification id>`, `event: notification` and `data: <Notification as ' +
  '/v1/notifications renders it>`. A comment line (`: heartbeat`) comes every SSE_HEARTBEAT_MS (15 s by ' +
  `default); \`retry: ${RECONNECT_AFTER_MS}\` opens the stream. When the access token expires, an ` +
  '`event: reauthenticate` (data `{"code":"token_expired"}`) comes and the stream ends: reconnect with a ' +
  'fresh token and the last id received. The stream also ends, with nothing sent, when its session is ' +
  'revoked (a reconnect then answers 401) and when the gateway replica shuts down (reconnect).';

export function addNotificationStreamRoute(
  operations: OperationRouter,
  deps: {
    backends: Pick<Backends, 'notification'>;
    streams: NotificationStreams;
    lifecycle: Lifecycle;
    logger: Logger;
    config: Pick<GatewayConfig, 'SSE_HEARTBEAT_MS'>;
  },
): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/notifications/stream',
      operationId: 'streamNotifications',
      tag: 'notifications',
      summary: 'Follow my notifications live',
      description:
        "The caller's new notifications in the caller's agency as they are created (server-sent events). " +
        'Reconnecting with `Last-Event-ID` first sends what was created after that notification, oldest ' +
        'first, then continues live with no gap. An id the caller does not have just continues live. The ' +
        'access token may come in the `access_token` query parameter for EventSource.',
      authenticated: true,
      personOnly: true,
      tokenQueryParameter: ACCESS_TOKEN_PARAMETER,
      query: NotificationStreamQuerySchema,
      headers: NotificationStreamHeadersSchema,
      response: { status: 200, description: 'The stream.', eventStream: { description: STREAM_DESCRIPTION } },
      problems: {
        429: 'The user has SSE_MAX_STREAMS_PER_USER streams open on this replica already (`rate_limited`).',
      },
    },
    async ({ actor, query, headers, res }) => {
      // Readiness fails already; a stream opened now would be cut at once, so send it elsewhere.
      if (deps.lifecycle.shuttingDown)
        throw new DomainError('service_unavailable', 'This gateway is shutting down; connect again.');
      const header = headers['last-event-id'];
      const lastEventId = header
        ? { value: header, field: 'Last-Event-ID' }
        : query.lastEventId !== undefined
          ? { value: query.lastEventId, field: 'lastEventId' }
          : undefined;
      await openNotificationStream(
        {
          streams: deps.streams,
          notification: deps.backends.notification,
          logger: deps.logger,
          options: { heartbeatMs: deps.config.SSE_HEARTBEAT_MS, retryMs: RECONNECT_AFTER_MS },
        },
        {
          person: {
            userId: actor.userId,
            agencyId: present(actor.agencyId, 'the agency of the access token'),
            sessionId: actor.sessionId,
          },
          tokenExpiresAt: present(tokenExpiryOf(res), 'the expiry of the access token'),
          lastEventId,
          res,
        },
      );
    },
  );
}
