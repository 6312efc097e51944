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

export function decodeCursor(cursor: string): ListPosition {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(createdAt))) {
      return { createdAt, id };
    }
  } catch {
    // fall through to the validation error
  }
  throw new DomainError('validation_failed', 'The cursor is not one this list returned.', {
    fields: [{ field: 'cursor', message: 'is invalid' }],
  });
}

/** Page size per SPEC §10: 1–100, default 25. */
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
