import { getContext, newTraceparent, runWithContext, traceIdOf } from '@atrium/logger';

const VALID = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const SHAPE = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

describe('request context', () => {
  it('is visible inside runWithContext, across awaits, and gone afterwards', async () => {
    expect(getContext()).toBeUndefined();
    const seen = await runWithContext({ requestId: 'r1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return getContext()?.requestId;
    });
    expect(seen).toBe('r1');
    expect(getContext()).toBeUndefined();
  });

  it('lets an inner context shadow an outer one only while the inner function runs', () => {
    runWithContext({ requestId: 'outer' }, () => {
      expect(runWithContext({ requestId: 'inner' }, () => getContext()?.requestId)).toBe('inner');
      expect(getContext()?.requestId).toBe('outer');
    });
  });
});

describe('traceIdOf', () => {
  it('reads the trace id of a valid traceparent', () => {
    expect(traceIdOf(VALID)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['uppercase hex', VALID.toUpperCase()],
    ['an unknown version', VALID.replace(/^00/, 'ff')],
    ['a short trace id', '00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01'],
    ['a short span id', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b-01'],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`],
    ['an all-zero span id', `00-4bf92f3577b34da6a3ce929d0e0e4736-${'0'.repeat(16)}-01`],
    ['trailing data', `${VALID}-extra`],
    ['non-hex characters', '00-4bf92f3577b34da6a3ce929d0e0e47zz-00f067aa0ba902b7-01'],
  ])('rejects a traceparent with %s', (_label, traceparent) => {
    expect(traceIdOf(traceparent)).toBeUndefined();
  });
});

describe('newTraceparent', () => {
  it('continues the parent trace with a new span and the same flags', () => {
    const child = newTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00');
    expect(child).toMatch(SHAPE);
    expect(traceIdOf(child)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(child.split('-')[2]).not.toBe('00f067aa0ba902b7');
    expect(child.endsWith('-00')).toBe(true);
  });

  it('starts a new sampled trace without a parent', () => {
    const first = newTraceparent();
    const second = newTraceparent();
    expect(first).toMatch(SHAPE);
    expect(first.endsWith('-01')).toBe(true);
    expect(traceIdOf(first)).toBeDefined();
    expect(traceIdOf(first)).not.toBe(traceIdOf(second));
  });

  it('never repeats an id, also across refills of its pool of random bytes', () => {
    const traceparents = Array.from({ length: 1000 }, () => newTraceparent());
    expect(new Set(traceparents.map(traceIdOf)).size).toBe(1000);
    expect(new Set(traceparents.map((traceparent) => traceparent.split('-')[2])).size).toBe(1000);
  });

  it('starts a new trace when the parent is malformed', () => {
    const fresh = newTraceparent('00-garbage');
    expect(fresh).toMatch(SHAPE);
    expect(traceIdOf(fresh)).toBeDefined();
  });
});
