export type { EventEnvelope } from './envelope';
export { EVENTS_TABLES_SQL, pgExecutor, type SqlExecutor } from './sql';
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
export { EventTablesPruner, type EventTablesPrunerOptions, type PruneResult } from './pruner';
export { answering, type AnswerEvent, type ChangeAndAnswer } from './answer';
