import { setTimeout as sleep } from 'node:timers/promises';
import { jetstream, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { connectNats, streamOf, type NatsConnection } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { z } from 'zod';

export const SESSION_REVOKED = 'atrium.identity.v1.session.revoked';
export const API_KEY_REVOKED = 'atrium.identity.v1.api_key.revoked';
export const USER_UPDATED = 'atrium.identity.v1.user.updated';

/** What the gateway does with the identity events it follows. */
export interface IdentityEventHandlers {
  /** `at`: when identity revoked them; their access tokens were all issued before. */
  sessionsRevoked(sessionIds: string[], at: Date): void;
  apiKeyRevoked(apiKeyId: string): void;
  userUpdated(userId: string): void;
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
    default:
      return 'ignored';
  }
}

export interface IdentityEventFollowerOptions {
  /** NATS servers, comma separated. */
  servers: string;
  namespace: string;
  logger: Logger;
  /** How far back a new consumer starts: the access-token lifetime, so recent revocations are known. */
  lookBackMs: number;
  handlers: IdentityEventHandlers;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 15_000;

/*
 * After these, nats.js tries to recreate the ordered consumer by itself, copying the first consumer's
 * config: a start time plus a start sequence, which the server refuses, so it never recovers. The
 * follower drops it and makes a new one from where it got to instead.
 */
const CONSUMER_LOST = new Set([
  'heartbeats_missed',
  'consumer_not_found',
  'consumer_deleted',
  'stream_not_found',
  'reset',
]);

/**
 * Follows identity's stream with an ephemeral ordered consumer (each replica sees every event; nothing
 * is acknowledged or kept on the server for it). A new consumer starts `lookBackMs` ago, so a replica
 * that just started, or that was cut off from NATS, still learns the revocations of the last token
 * lifetime: applying an event twice is harmless.
 *
 * NATS is not needed to serve. While it is unreachable the follower retries in the background and the
 * gateway is weaker: a revoked session's access tokens pass until they expire (at most the token
 * lifetime), a revoked API key until its cache entry expires (30 s), and profile changes show after the
 * profile cache's 30 s. Once NATS is back, the new consumer replays what was missed.
 */
export class IdentityEventFollower {
  private nc: NatsConnection | undefined;
  private messages: ConsumerMessages | undefined;
  private running: Promise<void> | undefined;
  private following = false;
  private readonly stopping = new AbortController();
  /** Where the next consumer starts: the last event seen, or lookBackMs before now if that is later. */
  private resumeFrom: Date | undefined;

  constructor(private readonly options: IdentityEventFollowerOptions) {}

  start(): void {
    this.running ??= this.run();
  }

  /** True while a consumer is established and delivering. */
  get live(): boolean {
    return this.following;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.messages?.stop();
    await this.running;
    await this.nc?.drain().catch((error: unknown) => {
      this.options.logger.warn({ err: error }, 'NATS drain failed');
    });
  }

  private async run(): Promise<void> {
    const { logger } = this.options;
    let retryMs = RETRY_MIN_MS;
    while (!this.stopping.signal.aborted) {
      try {
        this.nc ??= await connectNats({ servers: this.options.servers, name: 'gateway', logger });
        if (this.nc.isClosed()) return;
        await this.follow(this.nc, () => {
          retryMs = RETRY_MIN_MS;
        });
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        logger.warn(
          { reason: error instanceof Error ? error.message : String(error), retryInMs: retryMs },
          'cannot follow identity events; revoked sessions and API keys stay valid until their tokens or cache entries expire',
        );
      }
      await sleep(retryMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
    }
  }

  private async follow(nc: NatsConnection, onEstablished: () => void): Promise<void> {
    const { name: stream, subjects } = streamOf('identity', this.options.namespace);
    const earliest = new Date(Date.now() - this.options.lookBackMs);
    const from = this.resumeFrom && this.resumeFrom > earliest ? this.resumeFrom : earliest;
    const consumer = await jetstream(nc).consumers.get(stream, {
      // NATS 2.9 takes one filter subject: the stream's own wildcard; unfollowed types are skipped.
      filter_subjects: subjects[0],
      opt_start_time: from.toISOString(),
    });
    const messages = await consumer.consume();
    this.messages = messages;
    try {
      if (this.stopping.signal.aborted) return;
      void this.watch(messages);
      this.following = true;
      onEstablished();
      this.options.logger.info({ stream, from: from.toISOString() }, 'following identity events');
      for await (const message of messages) {
        this.handle(message);
        this.resumeFrom = message.time;
      }
    } finally {
      this.following = false;
      this.messages = undefined;
      messages.stop();
    }
  }

  private async watch(messages: ConsumerMessages): Promise<void> {
    for await (const status of messages.status()) {
      if (CONSUMER_LOST.has(status.type)) {
        this.options.logger.warn({ status: status.type }, 'identity event consumer lost; making a new one');
        messages.stop();
        return;
      }
    }
  }

  private handle(message: JsMsg): void {
    const type = message.headers?.get('ce-type') ?? '';
    const time = new Date(message.headers?.get('ce-time') ?? '');
    const at = Number.isNaN(time.getTime()) ? message.time : time;
    let data: unknown;
    try {
      data = message.json();
    } catch {
      data = undefined;
    }
    if (applyIdentityEvent(type, data, at, this.options.handlers) === 'malformed') {
      this.options.logger.warn({ type, streamSequence: message.seq }, 'unreadable identity event skipped');
    }
  }
}
