import { JetStreamApiCodes, JetStreamApiError, jetstreamManager, StorageType } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection, type Status } from '@nats-io/transport-node';
import type { Logger } from '@atrium/logger';

import { streamOf } from './naming';

export type { NatsConnection } from '@nats-io/transport-node';

/**
 * Connects to a comma-separated list of servers. Once connected, the client reconnects forever: a NATS
 * outage must never end a service, whose outbox keeps events until NATS is back. The first connection
 * still fails fast, so a misconfigured URL stops the process at start with a message.
 */
export async function connectNats(options: {
  servers: string;
  name: string;
  logger: Logger;
}): Promise<NatsConnection> {
  const servers = options.servers
    .split(',')
    .map((server) => server.trim())
    .filter(Boolean);
  const nc = await connect({ servers, name: options.name, maxReconnectAttempts: -1 });
  options.logger.info({ server: nc.getServer() }, 'connected to NATS');
  void logStatus(nc, options.logger);
  return nc;
}

async function logStatus(nc: NatsConnection, logger: Logger): Promise<void> {
  for await (const status of nc.status()) logStatusChange(status, logger);
}

function logStatusChange(status: Status, logger: Logger): void {
  switch (status.type) {
    case 'disconnect':
      logger.warn({ server: status.server }, 'disconnected from NATS; reconnecting');
      break;
    case 'reconnect':
      logger.info({ server: status.server }, 'reconnected to NATS');
      break;
    case 'ldm':
      logger.warn({ server: status.server }, 'NATS server entered lame duck mode');
      break;
    case 'staleConnection':
      logger.warn('NATS connection went stale');
      break;
    case 'slowConsumer':
      logger.warn({ subject: status.sub.getSubject(), pending: status.pending }, 'NATS slow consumer');
      break;
    case 'error':
      logger.error({ err: status.error }, 'NATS connection error');
      break;
    case 'close':
      logger.info('NATS connection closed');
      break;
    default:
      logger.debug({ status: status.type }, 'NATS connection status');
  }
}

/** Resolves when the server answers a round trip within timeoutMs; readiness probes use it. */
export async function natsReady(nc: NatsConnection, timeoutMs = 2000): Promise<void> {
  if (nc.isClosed()) throw new Error('NATS connection is closed');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`NATS did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    // While disconnected the client holds the flush until it reconnects, so the timeout decides.
    await Promise.race([nc.flush(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface StreamOptions {
  /**
   * How long JetStream remembers a Nats-Msg-Id. The relay publishes each outbox row with its event id as
   * the message id and marks the row published only after the PubAck and its own commit; when it dies
   * or its commit fails in between, the row is published again by the next batch. JetStream drops that
   * repeat only if it arrives within this window, so the window must comfortably exceed the relay's
   * retry interval (its poll, 5 s by default). Repeats that arrive later still reach consumers, whose
   * inbox skips them.
   */
  duplicateWindowMs?: number;
  /** How long events are kept: long enough for a consumer that was down to catch up. */
  maxAgeMs?: number;
}

const DEFAULT_DUPLICATE_WINDOW_MS = 2 * 60 * 1000;
export const DEFAULT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Creates the service's stream, or brings an existing one to these settings; safe to call on every start. */
export async function ensureStream(
  nc: NatsConnection,
  service: string,
  namespace: string,
  options: StreamOptions = {},
): Promise<void> {
  const { name, subjects } = streamOf(service, namespace);
  const wanted = {
    subjects,
    duplicate_window: nanos(options.duplicateWindowMs ?? DEFAULT_DUPLICATE_WINDOW_MS),
    max_age: nanos(options.maxAgeMs ?? DEFAULT_MAX_AGE_MS),
  };
  const jsm = await jetstreamManager(nc);
  let current;
  try {
    current = (await jsm.streams.info(name)).config;
  } catch (error) {
    if (!isApiError(error, JetStreamApiCodes.StreamNotFound)) throw error;
    await jsm.streams.add({ name, storage: StorageType.File, ...wanted });
    return;
  }
  const same =
    current.duplicate_window === wanted.duplicate_window &&
    current.max_age === wanted.max_age &&
    current.subjects.length === subjects.length &&
    current.subjects.every((subject) => subjects.includes(subject));
  if (!same) await jsm.streams.update(name, { ...current, ...wanted });
}

/** Deletes every stream of a namespace (test clean-up); refuses the production namespace ''. */
export async function deleteStreams(nc: NatsConnection, namespace: string): Promise<void> {
  if (!namespace)
    throw new Error('deleteStreams needs a test namespace; it never deletes production streams');
  const prefix = `${namespace.toUpperCase()}_`;
  const jsm = await jetstreamManager(nc);
  const names: string[] = [];
  for await (const name of jsm.streams.names()) if (name.startsWith(prefix)) names.push(name);
  await Promise.all(names.map((name) => jsm.streams.delete(name)));
}

export function isApiError(error: unknown, code: number): boolean {
  return error instanceof JetStreamApiError && error.code === code;
}
