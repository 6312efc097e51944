export type { EventEnvelope, ReceivedEvent } from './envelope';
export type { OutgoingData } from './outbox';
export { EVENTS_TABLES_PRISMA, EVENTS_TABLES_SQL, pgExecutor, type SqlExecutor } from './sql';
export { streamOf, subjectOf } from './naming';
export {
  connectNats,
  deleteStreams,
  ensureStream,
  natsReady,
  type NatsConnection,
  type StreamOptions,
} from './nats';
export { enqueueEvent, OUTBOX_CHANNEL } from './outbox';
export { OutboxRelay, type OutboxRelayOptions } from './relay';
export { startConsumer, type ConsumerOptions, type RunningConsumer } from './consumer';
export { consumeStream, type EventHandlers, type StreamConsumerOptions } from './handler-table';
export { EventTablesPruner, type EventTablesPrunerOptions, type PruneResult } from './pruner';
export { requireIds } from './require-ids';
export { answering, type AnswerEvent, type ChangeAndAnswer } from './answer';
