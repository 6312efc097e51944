import { decodeCursor } from '@atrium/db';
import { DomainError } from '@atrium/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The where clause of a newest-first page after `cursor` (by created_at, id), or none for the first
 * page. A cursor that was not produced by the list is a validation error, never a database error.
 */
export function olderThanCursor(cursor: string): { OR?: object[] } {
  if (!cursor) return {};
  const after = decodeCursor(cursor);
  if (!UUID.test(after.id))
    throw new DomainError('validation_failed', 'The cursor is not one this list returned.', {
      fields: [{ field: 'cursor', message: 'is invalid' }],
    });
  const createdAt = new Date(after.createdAt);
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: after.id } }] };
}
