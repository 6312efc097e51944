import type { EventEnvelope } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { z } from 'zod';

/** The ids every client lifecycle event of tenancy carries. */
export const ClientEvent = z.object({ agencyId: z.uuid(), clientId: z.uuid() });

/**
 * The fields a handler uses, checked. Payloads are proto3 JSON with defaults filled in, so a missing
 * field is a bug of the publisher; redelivering cannot fix it, so the event is logged and skipped
 * (undefined) rather than retried.
 */
export function readEvent<Schema extends z.ZodType>(
  schema: Schema,
  event: EventEnvelope,
  logger: Logger,
): z.infer<Schema> | undefined {
  const parsed = schema.safeParse(event.data);
  if (parsed.success) return parsed.data;
  logger.error(
    { eventId: event.id, eventType: event.type, issues: parsed.error.issues },
    'event payload is not what its proto promises; skipped',
  );
  return undefined;
}
