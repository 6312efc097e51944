import type { EventEnvelope } from './envelope';
import type { Logger } from '@atrium/logger';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True when every id a handler keys rows by is a uuid. libs/events has already checked the payload
 * against its proto, which types ids as plain strings; an event without them is a bug of the publisher
 * that redelivering cannot fix, so it is logged and skipped rather than retried.
 */
export function requireIds(logger: Logger, event: EventEnvelope, ids: Record<string, string>): boolean {
  const missing = Object.keys(ids).filter((name) => !UUID.test(ids[name]!));
  if (missing.length === 0) return true;
  logger.error(
    { eventId: event.id, eventType: event.type, missing },
    'event names no valid id where the handler needs one; skipped',
  );
  return false;
}
