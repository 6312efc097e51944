import { DomainError } from '@atrium/errors';
import { decodeCursor, encodeCursor, pageOf, pageSize } from '../src';

describe('keyset pagination', () => {
  const row = (id: string, iso: string) => ({ id, createdAt: new Date(iso) });

  it('round-trips a position through an opaque cursor', () => {
    const position = { createdAt: '2026-11-23T10:00:00.123Z', id: '3f1c0a8e-1111-4c3b-9a55-5c2f0c6a9b11' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('refuses a cursor it did not make, naming the field', () => {
    for (const cursor of ['garbage', Buffer.from('["not a date","x"]').toString('base64url')]) {
      try {
        decodeCursor(cursor);
        throw new Error('accepted a bad cursor');
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).fields?.[0]?.field).toBe('cursor');
      }
    }
  });

  it('defaults the page size to 25 and refuses sizes outside 1–100', () => {
    expect(pageSize(0)).toBe(25);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(DomainError);
    expect(() => pageSize(-1)).toThrow(DomainError);
  });

  it('gives a next cursor only when the query found a row beyond the page', () => {
    const rows = [
      row('c', '2026-11-23T03:00:00Z'),
      row('b', '2026-11-23T02:00:00Z'),
      row('a', '2026-11-23T01:00:00Z'),
    ];
    const full = pageOf(rows, 2);
    expect(full.items.map((item) => item.id)).toEqual(['c', 'b']);
    expect(decodeCursor(full.nextCursor!)).toEqual({ createdAt: '2026-11-23T02:00:00.000Z', id: 'b' });
    expect(pageOf(rows.slice(0, 2), 2).nextCursor).toBeNull();
  });
});
