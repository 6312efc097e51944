import type { EventType } from '@atrium/proto';
import { startConsumer, type ConsumerOptions, type RunningConsumer } from './consumer';
import type { ReceivedEvent } from './envelope';
import { ensureStream } from './nats';
import type { SqlExecutor } from './sql';

/** One handler per event type, each given its own type's payload as the generated event map types it. */
export type EventHandlers<Tx extends SqlExecutor, E extends EventType> = {
  [K in E]: (event: ReceivedEvent<K>, tx: Tx) => Promise<void>;
};

export type StreamConsumerOptions<Tx extends SqlExecutor, E extends EventType> = Omit<
  ConsumerOptions<Tx, E>,
  'eventTypes' | 'handle'
> & { handlers: EventHandlers<Tx, E> };

/**
 * Consumes a publisher's stream with a table of handlers, a service's routing table for one publisher:
 * declares the stream first (idempotent, so the publisher need not have started), consumes exactly the
 * types the table lists (the rest of the stream is acknowledged and skipped) and hands each event to
 * its own type's handler.
 */
export async function consumeStream<Tx extends SqlExecutor, E extends EventType>(
  options: StreamConsumerOptions<Tx, E>,
): Promise<RunningConsumer> {
  const { handlers, ...consumer } = options;
  await ensureStream(consumer.nc, consumer.service, consumer.namespace);
  return startConsumer<Tx, E>({
    ...consumer,
    eventTypes: Object.keys(handlers) as E[],
    // TypeScript cannot pair a union's member with its own handler; EventHandlers<Tx, E> makes the pairs.
    handle: (event, tx) =>
      (handlers[event.type as E] as (event: ReceivedEvent<E>, tx: Tx) => Promise<void>)(event, tx),
  });
}
