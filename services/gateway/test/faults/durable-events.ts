import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { streamOf } from '@atrium/events';
import { eventually } from '@atrium/testing';

/** One event as a JetStream durable consumer received it: its CloudEvents id, type and payload. */
export interface DurableEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

export interface DurableEvents {
  /** Every delivery so far, duplicates included, in the order they arrived. */
  readonly received: DurableEvent[];
  stop(): Promise<void>;
}

/**
 * Reads a service's whole stream through a durable consumer of the fault suite's own, acking each
 * message, as another team's consumer would: a redelivery or a second publish of one outbox row shows
 * up as a second delivery of the same id.
 */
export async function readStreamDurably(
  natsUrl: string,
  namespace: string,
  service: string,
): Promise<DurableEvents> {
  const nc: NatsConnection = await connect({ servers: natsUrl, maxReconnectAttempts: -1 });
  const { name: stream } = streamOf(service, namespace);
  const durable = `faults_${service}`;
  // The service creates its stream as it starts: wait for it rather than race it.
  await eventually(
    async () => {
      await (
        await jetstreamManager(nc)
      ).consumers.add(stream, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
      });
      return true;
    },
    20_000,
    `the ${stream} stream`,
  );
  const messages = await (await jetstream(nc).consumers.get(stream, durable)).consume();
  const received: DurableEvent[] = [];
  const reading = (async () => {
    for await (const message of messages) {
      received.push({
        id: message.headers?.get('ce-id') ?? '',
        type: message.headers?.get('ce-type') ?? '',
        data: message.json<Record<string, unknown>>(),
      });
      message.ack();
    }
  })();
  return {
    received,
    stop: async () => {
      await messages.close();
      await reading;
      await nc.close();
    },
  };
}

/** How many distinct ids arrived more than once, and the first delivery of each id. */
export function deliveriesById(received: DurableEvent[]): {
  duplicates: number;
  byId: Map<string, DurableEvent>;
} {
  const byId = new Map<string, DurableEvent>();
  let duplicates = 0;
  for (const event of received) {
    if (byId.has(event.id)) duplicates += 1;
    else byId.set(event.id, event);
  }
  return { duplicates, byId };
}
