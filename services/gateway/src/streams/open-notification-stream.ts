import type { Response } from 'express';
import { problemFromGrpcError } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { notification } from '@atrium/proto';
import type { Backends } from '../backends';
import { isGrpcError } from '../http/problems';
import { withApiFieldNames } from '../routes/shared/contract';
import { NotificationEventStream, type EventStreamOptions } from './notification-event-stream';
import type { NotificationStreams } from './notification-streams';

/** ListNotifications' largest page: a replay asks again while pages come back full. */
export const REPLAY_PAGE_SIZE = 100;

export interface OpenStreamDeps {
  streams: NotificationStreams;
  notification: Backends['notification'];
  logger: Logger;
  options: EventStreamOptions;
}

export interface OpenStreamInput {
  person: { userId: string; agencyId: string; sessionId: string | undefined };
  tokenExpiresAt: number;
  /** The last notification the client saw, from Last-Event-ID; what followed it is replayed first. */
  lastEventId: { value: string; field: string } | undefined;
  res: Response;
}

/**
 * Opens a person's notification stream. The stream registers (and so starts buffering live
 * notifications) before the replay asks what the client missed, and sends the buffer only after the
 * replay, skipping what the replay sent: nothing created in between is lost or sent twice.
 *
 * The first replay page is fetched before answering, so a bad Last-Event-ID (400), a refused stream
 * (429) or an absent notification service (503) is a problem answer. A later page that fails ends the
 * stream instead; the client reconnects with the last id it received and the replay resumes there.
 */
export async function openNotificationStream(deps: OpenStreamDeps, input: OpenStreamInput): Promise<void> {
  const stream = new NotificationEventStream(input.res, input.person, input.tokenExpiresAt, deps.options);
  const unregister = deps.streams.add(stream);
  input.res.on('close', unregister);
  let page: notification.Notification__Output[];
  try {
    page = input.lastEventId ? await replayPage(deps, input.lastEventId.value, input.lastEventId.field) : [];
  } catch (error) {
    unregister();
    // Ended meanwhile (shutdown, revoked session, client gone): nothing is left to answer.
    if (stream.ended) return;
    throw error;
  }
  stream.open();
  while (!stream.ended) {
    for (const item of page) stream.send(item);
    const last = page.at(-1);
    if (page.length < REPLAY_PAGE_SIZE || !last) break;
    try {
      page = await replayPage(deps, last.id, 'afterId');
    } catch (error) {
      deps.logger.warn({ err: error }, 'notification replay failed; ending the stream so the client resumes');
      stream.end();
      return;
    }
  }
  stream.goLive();
}

/**
 * The notifications after `afterId`, oldest first. An id the notification service does not know as
 * the caller's (deleted, or from another agency) replays nothing: the stream just goes live.
 */
async function replayPage(
  deps: OpenStreamDeps,
  afterId: string,
  field: string,
): Promise<notification.Notification__Output[]> {
  try {
    const answer = await withApiFieldNames(
      deps.notification.ListNotifications({ afterId, limit: REPLAY_PAGE_SIZE }),
      { afterId: field },
    );
    return answer.notifications;
  } catch (error) {
    if (isGrpcError(error) && problemFromGrpcError(error).code === 'not_found') return [];
    throw error;
  }
}
