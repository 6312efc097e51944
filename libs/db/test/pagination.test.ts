import fc from 'fast-check';
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

  it('answers any other cursor with validation_failed naming the field, never a value it cannot use', () => {
    const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const anything = fc.oneof(
      fc.string(),
      fc.jsonValue().map(encoded),
      fc
        .tuple(
          fc.oneof(
            fc.string(),
            fc.constantFrom('2026-02-30T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', 'Tue'),
            fc.integer(),
          ),
          fc.oneof(
            fc.string(),
            fc.uuid().map((id) => `${id}x`),
            fc.integer(),
          ),
        )
        .map(encoded),
    );
    fc.assert(
      fc.property(anything, (cursor) => {
        let position: { createdAt: string; id: string } | undefined;
        try {
          position = decodeCursor(cursor);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).fields).toEqual([{ field: 'cursor', message: 'is invalid' }]);
          return;
        }
        // Whatever is accepted is exactly what a real row's cursor holds.
        expect(new Date(position.createdAt).toISOString()).toBe(position.createdAt);
        expect(position.id).toMatch(/^[0-9a-f-]{36}$/i);
      }),
      { numRuns: 2000 },
    );
  });

  it('defaults the page size to 25 and refuses sizes outside 1–100', () => {
    expect(pageSize(0)).toBe(25);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(DomainError);
    expect(() => pageSize(-1)).toThrow(DomainError);
  });

  it('gives a next cursor only when the query found a row beyond the page', () => {
    const [a, b, c] = [
      '0a000000-0000-4000-8000-00000000000a',
      '0b000000-0000-4000-8000-00000000000b',
      '0c000000-0000-4000-8000-00000000000c',
    ];
    const rows = [
      row(c, '2026-11-23T03:00:00Z'),
      row(b, '2026-11-23T02:00:00Z'),
      row(a, '2026-11-23T01:00:00Z'),
    ];
    const full = pageOf(rows, 2);
    expect(full.items.map((item) => item.id)).toEqual([c, b]);
    expect(decodeCursor(full.nextCursor!)).toEqual({ createdAt: '2026-11-23T02:00:00.000Z', id: b });
    expect(pageOf(rows.slice(0, 2), 2).nextCursor).toBeNull();
  });
});
