import type { EventType } from '@atrium/proto';
import type { ReceivedEvent } from './envelope';
import { enqueueEvent, type OutgoingData } from './outbox';
import type { SqlExecutor } from './sql';

/** An event to publish in answer to one consumed, as enqueueEvent takes it: its payload typed by its proto. */
export type AnswerEvent = {
  [T in EventType]: { type: T; subject: string; data: OutgoingData<T> };
}[EventType];

/**
 * Changes the database for a consumed event, in the consumer's transaction, and says what to publish
 * in answer: undefined publishes nothing (an event the handler skips).
 */
export type ChangeAndAnswer<Tx extends SqlExecutor, E extends EventType> = (
  event: ReceivedEvent<E>,
  tx: Tx,
) => Promise<AnswerEvent | undefined>;

/**
 * A startConsumer handler that consumes an event, changes the database and publishes the answer in one
 * transaction: the consumer's inbox row, the change and the answer's outbox row commit together or not
 * at all, so a redelivered event answers nothing a second time and an answer is published exactly
 * when its change committed. `source` is the answering service's ce-source, e.g. `/atrium/billing`.
 */
export function answering<Tx extends SqlExecutor, E extends EventType>(
  source: string,
  change: ChangeAndAnswer<Tx, E>,
): (event: ReceivedEvent<E>, tx: Tx) => Promise<void> {
  return async (event, tx) => {
    const answer = await change(event, tx);
    if (answer) await enqueueEvent(tx, answer, source);
  };
}
