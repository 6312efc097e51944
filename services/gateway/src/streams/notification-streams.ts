import { DomainError } from '@atrium/errors';
import type { notification } from '@atrium/proto';

/** A notification just created for one person in one agency (atrium.notification.v1.notification.created). */
export interface LiveNotification {
  userId: string;
  agencyId: string;
  notification: notification.Notification__Output;
}

/** One open notification stream, as the registry sees it. */
export interface StreamSubscriber {
  readonly userId: string;
  readonly agencyId: string;
  readonly sessionId: string | undefined;
  deliver(notification: notification.Notification__Output): void;
  /** Ends the stream without a word: the client reconnects (shutdown) or finds its session over. */
  end(): void;
}

const personKey = (userId: string, agencyId: string) => `${userId} ${agencyId}`;

/**
 * The notification streams open on this replica, by person. The replica's one event consumer hands each
 * notification.created here, and it reaches only the streams of that user in that agency, so no stream
 * ever needs a NATS consumer of its own.
 */
export class NotificationStreams {
  private readonly byPerson = new Map<string, Set<StreamSubscriber>>();
  private readonly countByUser = new Map<string, number>();

  constructor(private readonly options: { maxPerUser: number }) {}

  /**
   * Registers a stream and answers what unregisters it (safe to call more than once). A user with
   * maxPerUser streams open already (in any agency) is refused with rate_limited.
   */
  add(subscriber: StreamSubscriber): () => void {
    const open = this.countByUser.get(subscriber.userId) ?? 0;
    if (open >= this.options.maxPerUser)
      throw new DomainError(
        'rate_limited',
        `At most ${this.options.maxPerUser} notification streams may be open at once; close one first.`,
      );
    const key = personKey(subscriber.userId, subscriber.agencyId);
    let streams = this.byPerson.get(key);
    if (!streams) {
      streams = new Set();
      this.byPerson.set(key, streams);
    }
    streams.add(subscriber);
    this.countByUser.set(subscriber.userId, open + 1);
    let registered = true;
    return () => {
      if (!registered) return;
      registered = false;
      this.remove(key, subscriber);
    };
  }

  /** Hands a notification to its person's open streams; answers how many there were. */
  publish(live: LiveNotification): number {
    const streams = this.byPerson.get(personKey(live.userId, live.agencyId));
    if (!streams) return 0;
    for (const stream of streams) stream.deliver(live.notification);
    return streams.size;
  }

  /** Ends the streams opened with these sessions' access tokens (the sessions were revoked). */
  endSessions(sessionIds: readonly string[]): void {
    const revoked = new Set(sessionIds);
    for (const stream of this.all())
      if (stream.sessionId !== undefined && revoked.has(stream.sessionId)) stream.end();
  }

  /** Ends every stream (shutdown); clients reconnect to another replica with their Last-Event-ID. */
  endAll(): void {
    for (const stream of this.all()) stream.end();
  }

  get size(): number {
    let size = 0;
    for (const count of this.countByUser.values()) size += count;
    return size;
  }

  private all(): StreamSubscriber[] {
    return [...this.byPerson.values()].flatMap((streams) => [...streams]);
  }

  private remove(key: string, subscriber: StreamSubscriber): void {
    const streams = this.byPerson.get(key);
    if (!streams?.delete(subscriber)) return;
    if (streams.size === 0) this.byPerson.delete(key);
    const open = (this.countByUser.get(subscriber.userId) ?? 1) - 1;
    if (open > 0) this.countByUser.set(subscriber.userId, open);
    else this.countByUser.delete(subscriber.userId);
  }
}
