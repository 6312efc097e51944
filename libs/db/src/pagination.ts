import { DomainError } from '@atrium/errors';

/**
 * Keyset pagination for newest-first lists ordered by (created_at, id): the
 * cursor is the position after a page's last row, opaque to callers, so rows
 * inserted meanwhile never shift a page.
 */
export interface ListPosition {
  createdAt: string;
  id: string;
}

export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

const ISO_MILLISECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Exactly what encodeCursor writes for a real row: a UTC instant as toISOString gives it and a UUID. */
function isPosition(value: unknown): value is [string, string] {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [createdAt, id] = value as unknown[];
  if (typeof createdAt !== 'string' || typeof id !== 'string') return false;
  if (!ISO_MILLISECONDS.test(createdAt) || !UUID.test(id)) return false;
  // A real instant, and one Postgres's timestamp(3) holds: no 2026-02-30, no year 0.
  const instant = new Date(createdAt);
  return (
    !Number.isNaN(instant.getTime()) && instant.toISOString() === createdAt && instant.getUTCFullYear() >= 1
  );
}

/**
 * The position a cursor names, checked completely before any query sees it: a cursor this code did not
 * write answers validation_failed naming `cursor`, never a value Postgres cannot cast.
 */
export function decodeCursor(cursor: string): ListPosition {
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isPosition(position)) return { createdAt: position[0], id: position[1] };
  } catch {
    // fall through to the validation error
  }
  throw new DomainError('validation_failed', 'The cursor is not one this list returned.', {
    fields: [{ field: 'cursor', message: 'is invalid' }],
  });
}

/** Page size per docs/product.md "API conventions": 1–100, default 25. */
export function pageSize(limit: number): number {
  if (!limit) return 25;
  if (limit < 1 || limit > 100) {
    throw new DomainError('validation_failed', 'limit must be between 1 and 100.', {
      fields: [{ field: 'limit', message: 'must be between 1 and 100' }],
    });
  }
  return limit;
}

/**
 * Splits the `limit + 1` rows a keyset query fetched into the page and the
 * cursor after it; the extra row only tells that another page exists.
 */
export function pageOf<Row extends { createdAt: Date; id: string }>(
  rows: Row[],
  limit: number,
): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
      : null;
  return { items, nextCursor };
}
