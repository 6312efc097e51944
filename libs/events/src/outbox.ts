import { randomUUID } from 'node:crypto';

import { activeTraceparent, getContext } from '@atrium/logger';
import { eventMessageType, type EventInput, type EventType } from '@atrium/proto';

import type { SqlExecutor } from './sql';

type MessageType = ReturnType<typeof eventMessageType>;

/**
 * The payload with each enum value given by name (as the generated types allow, and as consumers
 * receive it) replaced by its number, which is all protobufjs's verify accepts; other values stay,
 * so verify still refuses a name the enum does not have.
 */
function withEnumNumbers(type: MessageType, data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const field of type.fieldsArray) {
    const value = copy[field.name];
    if (value === undefined || value === null) continue;
    field.resolve();
    const resolved = field.resolvedType;
    const convert = (item: unknown): unknown => {
      if (resolved && 'values' in resolved && typeof item === 'string')
        return (resolved.values as Record<string, number>)[item] ?? item;
      if (resolved && 'fieldsArray' in resolved) return withEnumNumbers(resolved as MessageType, item);
      return item;
    };
    copy[field.name] = field.repeated && Array.isArray(value) ? value.map(convert) : convert(value);
  }
  return copy;
}

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
  const problem = messageType.verify(withEnumNumbers(messageType, event.data) as Record<string, unknown>);
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
    activeTraceparent() ?? context?.traceparent ?? null,
    context?.requestId ?? null,
  );
  // Postgres delivers the notification only when the transaction commits, and drops it on rollback.
  await tx.$executeRawUnsafe(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
  return id;
}
