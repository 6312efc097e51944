import { randomUUID } from 'node:crypto';

import { getContext } from '@atrium/logger';
import { eventMessageType, type EventInput, type EventType } from '@atrium/proto';

import type { SqlExecutor } from './sql';

/** The Postgres channel the relay listens on. */
export const OUTBOX_CHANNEL = 'atrium_outbox';

/**
 * The payload enqueueEvent takes for a type: its proto message (libs/proto's generated event map). A
 * type known only at run time (a plain `string`) is checked at run time only; a literal type that no
 * proto declares takes nothing.
 */
export type OutgoingData<T extends string> = T extends EventType
  ? EventInput<T>
  : string extends T
    ? object
    : never;

/**
 * Records an event in the caller's transaction, so it is published exactly when the change commits.
 * `data` is type-checked against the event's proto message and checked again at run time; it is stored
 * in proto3 JSON with defaults filled in, the form consumers receive. `source` names the publishing
 * service, e.g. `/atrium/tenancy`. Returns the event id.
 */
export async function enqueueEvent<T extends string>(
  tx: SqlExecutor,
  event: { type: T; subject: string; data: OutgoingData<T> },
  source: string,
): Promise<string> {
  const messageType = eventMessageType(event.type);
  const problem = messageType.verify(event.data);
  if (problem) throw new Error(`Invalid ${event.type} event: ${problem}`);
  const data = messageType.toObject(messageType.fromObject(event.data), {
    defaults: true,
    longs: String,
    enums: String,
  });
  const id = randomUUID();
  const context = getContext();
  // clock_timestamp(), unlike the column's default now(), differs between events of one transaction,
  // so the relay's ORDER BY created_at keeps them in the order they were enqueued.
  await tx.$executeRawUnsafe(
    `INSERT INTO outbox_events (id, type, source, subject, data, traceparent, request_id, created_at)
     VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6, $7, clock_timestamp())`,
    id,
    event.type,
    source,
    event.subject,
    JSON.stringify(data),
    context?.traceparent ?? null,
    context?.requestId ?? null,
  );
  // Postgres delivers the notification only when the transaction commits, and drops it on rollback.
  await tx.$executeRawUnsafe(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
  return id;
}
