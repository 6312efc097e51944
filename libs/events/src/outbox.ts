import { randomUUID } from 'node:crypto';

import { getContext } from '@atrium/logger';
import { eventMessageType } from '@atrium/proto';

import type { SqlExecutor } from './sql';

/** The Postgres channel the relay listens on. */
export const OUTBOX_CHANNEL = 'atrium_outbox';

/**
 * Records an event in the caller's transaction, so it is published exactly when the change commits.
 * `data` must match the event's proto message; it is stored in proto3 JSON with defaults filled in, the
 * form consumers receive. `source` names the publishing service, e.g. `/atrium/tenancy`. Returns the
 * event id.
 */
export async function enqueueEvent(
  tx: SqlExecutor,
  event: { type: string; subject: string; data: object },
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
