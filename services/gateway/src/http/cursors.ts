import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@atrium/errors';

/**
 * List cursors leave the gateway signed and come back checked, so a backend only ever parses a cursor
 * it wrote itself. The signature covers the operation, the caller's agency and the list's other query
 * parameters (filters, sort and order): a cursor of one list, one sort or one agency is refused by
 * every other before anything decodes it. A forged, altered or foreign cursor answers
 * `400 validation_failed` naming `cursor`.
 *
 * Format: `<backend cursor>.<HMAC-SHA256, first 16 bytes, base64url>`. Backends' cursors are base64url
 * (no dot), so the last dot splits them.
 */
const MAC_BYTES = 16;

export interface CursorScope {
  operationId: string;
  /** The caller's agency, or '' for a caller without one. */
  agencyId: string;
  /** The query parameters besides cursor and limit, as parsed. */
  query: Record<string, unknown>;
}

function canonicalQuery(query: Record<string, unknown>): string {
  const entries = Object.entries(query)
    .filter(([name, value]) => name !== 'cursor' && name !== 'limit' && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

function invalidCursor(): DomainError {
  return new DomainError('validation_failed', 'The cursor is not one this list returned.', {
    fields: [{ field: 'cursor', message: 'is not a cursor this list returned with these parameters' }],
  });
}

export class CursorSigner {
  private readonly key: Buffer;

  /** A key of at least 32 bytes shared by every gateway replica; a random one when none is configured. */
  constructor(key: string | undefined) {
    this.key = key ? Buffer.from(key, 'utf8') : randomBytes(32);
  }

  private mac(cursor: string, scope: CursorScope): Buffer {
    return createHmac('sha256', this.key)
      .update(`${scope.operationId}\n${scope.agencyId}\n${canonicalQuery(scope.query)}\n${cursor}`)
      .digest()
      .subarray(0, MAC_BYTES);
  }

  seal(cursor: string, scope: CursorScope): string {
    return `${cursor}.${this.mac(cursor, scope).toString('base64url')}`;
  }

  /** The backend's cursor inside a sealed one, or validation_failed naming `cursor`. */
  open(sealed: string, scope: CursorScope): string {
    const dot = sealed.lastIndexOf('.');
    if (dot <= 0) throw invalidCursor();
    const cursor = sealed.slice(0, dot);
    const given = Buffer.from(sealed.slice(dot + 1), 'base64url');
    if (given.length !== MAC_BYTES || !timingSafeEqual(given, this.mac(cursor, scope))) throw invalidCursor();
    return cursor;
  }
}
