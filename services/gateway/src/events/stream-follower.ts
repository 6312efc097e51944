import { setTimeout as sleep } from 'node:timers/promises';
import { jetstream, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { streamOf, type NatsConnection } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { EventDataError, readEventData, type EventOutput, type EventType } from '@atrium/proto';
import type { NatsLink } from './nats-link';

export interface StreamFollowerOptions {
  nats: NatsLink;
  /** The publishing service, whose stream (`ATRIUM_<SERVICE>`) is followed. */
  service: string;
  namespace: string;
  logger: Logger;
  /**
   * Where a new consumer starts, given the NATS time of the last message handled (none yet at start).
   * Events at that very time come again, so handlers must take repeats.
   */
  startTime(lastSeen: Date | undefined): Date;
  handle(message: JsMsg): void;
  /** Logged while the stream cannot be followed: what the gateway lacks meanwhile. */
  unavailableWarning: string;
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
 * Follows one service's stream with an ephemeral ordered consumer: each replica sees every event, and
 * nothing is acknowledged or kept on the server for it. NATS is not needed to serve: while it is
 * unreachable (or the stream does not exist yet) the follower retries in the background with back-off,
 * and each new consumer starts where `startTime` says, so what was missed is read once NATS is back.
 */
export class StreamFollower {
  private messages: ConsumerMessages | undefined;
  private running: Promise<void> | undefined;
  private following = false;
  private readonly stopping = new AbortController();
  private lastSeen: Date | undefined;

  constructor(private readonly options: StreamFollowerOptions) {}

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
  }

  private async run(): Promise<void> {
    const { logger } = this.options;
    let retryMs = RETRY_MIN_MS;
    while (!this.stopping.signal.aborted) {
      try {
        const nc = await this.options.nats.connection();
        if (nc.isClosed()) return;
        await this.follow(nc, () => {
          retryMs = RETRY_MIN_MS;
        });
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        logger.warn(
          {
            stream: this.options.service,
            reason: error instanceof Error ? error.message : String(error),
            retryInMs: retryMs,
          },
          this.options.unavailableWarning,
        );
      }
      await sleep(retryMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
    }
  }

  private async follow(nc: NatsConnection, onEstablished: () => void): Promise<void> {
    const { name: stream, subjects } = streamOf(this.options.service, this.options.namespace);
    const from = this.options.startTime(this.lastSeen);
    const consumer = await jetstream(nc).consumers.get(stream, {
      // NATS 2.9 takes one filter subject: the stream's own wildcard; handlers skip unfollowed types.
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
      this.options.logger.info({ stream, from: from.toISOString() }, 'following events');
      for await (const message of messages) {
        this.options.handle(message);
        this.lastSeen = message.time;
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
        this.options.logger.warn(
          { stream: this.options.service, status: status.type },
          'event consumer lost; making a new one',
        );
        messages.stop();
        return;
      }
    }
  }
}

/** The CloudEvents type and the JSON payload of a message; undefined data when it is not JSON. */
/**
 * A followed event's payload read by its proto message (libs/proto readEventData): typed by the
 * generated event map, or undefined when it is not what the proto promises.
 */
export function payloadOf<T extends EventType>(type: T, data: unknown): EventOutput<T> | undefined {
  try {
    return readEventData(type, data);
  } catch (error) {
    if (error instanceof EventDataError) return undefined;
    throw error;
  }
}

export function readMessage(message: JsMsg): { type: string; data: unknown } {
  const type = message.headers?.get('ce-type') ?? '';
  try {
    return { type, data: message.json() };
  } catch {
    return { type, data: undefined };
  }
}
