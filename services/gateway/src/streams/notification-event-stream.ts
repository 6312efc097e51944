import type { Response } from 'express';
import type { notification } from '@atrium/proto';
import { notificationJsonOf } from '../routes/notifications/mapper';
import type { StreamSubscriber } from './notification-streams';

export interface EventStreamOptions {
  /** SSE_HEARTBEAT_MS: a comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs: number;
  /** The `retry:` hint: how long EventSource waits before it reconnects. */
  retryMs: number;
}

/** Ids remembered per stream to drop repeats; far more than a replay and a consumer restart resend. */
const SENT_IDS_REMEMBERED = 1000;
/**
 * A client that reads slower than this much output is behind is cut off rather than held in memory;
 * it reconnects with its Last-Event-ID and the replay catches it up.
 */
const MAX_PENDING_BYTES = 1024 * 1024;
/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One person's notification stream over server-sent events. Until goLive() it only buffers what the
 * registry delivers, so a reconnecting client can be sent what it missed first, with no gap and no
 * repeat: a notification whose id was already sent is never sent again.
 */
export class NotificationEventStream implements StreamSubscriber {
  readonly userId: string;
  readonly agencyId: string;
  readonly sessionId: string | undefined;
  private buffered: notification.Notification__Output[] | undefined = [];
  private readonly sent = new Set<string>();
  private heartbeat: NodeJS.Timeout | undefined;
  private expiry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly res: Response,
    person: { userId: string; agencyId: string; sessionId: string | undefined },
    /** When the access token expires (epoch ms): the stream asks the client to reauthenticate then. */
    private readonly tokenExpiresAt: number,
    private readonly options: EventStreamOptions,
  ) {
    this.userId = person.userId;
    this.agencyId = person.agencyId;
    this.sessionId = person.sessionId;
    res.on('close', () => {
      this.closed = true;
      this.stopTimers();
    });
  }

  /** The client went away, or the stream was ended. */
  get ended(): boolean {
    return this.closed || this.res.writableEnded || this.res.destroyed;
  }

  /** Answers 200 and starts the heartbeat; from here on failures end the stream instead of answering. */
  open(): void {
    if (this.ended) return;
    this.writeHead();
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), this.options.heartbeatMs);
    this.expiry = setTimeout(
      () => this.reauthenticate(),
      Math.min(Math.max(this.tokenExpiresAt - Date.now(), 0), MAX_TIMER_MS),
    );
  }

  /** Sends a notification now, unless this stream sent it already. */
  send(item: notification.Notification__Output): void {
    if (this.sent.has(item.id)) return;
    this.sent.add(item.id);
    if (this.sent.size > SENT_IDS_REMEMBERED) this.sent.delete(this.sent.values().next().value!);
    const id = item.id.replace(/[\r\n]/g, '');
    this.write(`id: ${id}\nevent: notification\ndata: ${JSON.stringify(notificationJsonOf(item))}\n\n`);
  }

  /** From the registry: buffered until goLive(), sent at once after. */
  deliver(item: notification.Notification__Output): void {
    if (this.buffered) this.buffered.push(item);
    else this.send(item);
  }

  /** Sends what arrived during the replay (minus what the replay sent), then every delivery at once. */
  goLive(): void {
    const buffered = this.buffered ?? [];
    this.buffered = undefined;
    for (const item of buffered) this.send(item);
  }

  /** Ends the stream; one ended before it opened still answers as a stream, so EventSource reconnects. */
  end(): void {
    this.stopTimers();
    if (this.ended) return;
    if (!this.res.headersSent) this.writeHead();
    this.res.end();
  }

  private writeHead(): void {
    const { res } = this;
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    // no-transform: a proxy that compresses would hold events back until its buffer fills.
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    // nginx (and ingresses built on it) buffer responses unless told otherwise.
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    this.write(`retry: ${this.options.retryMs}\n\n`);
  }

  /** The access token expired: the client must come back with a fresh one (and its Last-Event-ID). */
  private reauthenticate(): void {
    this.write(`event: reauthenticate\ndata: ${JSON.stringify({ code: 'token_expired' })}\n\n`);
    this.end();
  }

  private write(chunk: string): void {
    if (this.ended) return;
    this.res.write(chunk);
    if (this.res.writableLength > MAX_PENDING_BYTES) this.res.destroy();
  }

  private stopTimers(): void {
    clearInterval(this.heartbeat);
    clearTimeout(this.expiry);
  }
}
