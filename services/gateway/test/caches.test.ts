import { createLogger } from '@atrium/logger';
import { RevokedSessions } from '../src/auth/revoked-sessions';
import { CachedLoader } from '../src/cache/cached-loader';
import { LruCache } from '../src/cache/lru-cache';
import { RateLimiter } from '../src/http/rate-limit';

let clock: number;
const now = () => clock;

beforeEach(() => {
  clock = 1_000_000;
});

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('LruCache', () => {
  test('holds at most maxEntries, dropping the least recently used', () => {
    const cache = new LruCache<string, number>({ maxEntries: 2, now });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  test('an entry is gone at its expiry', () => {
    const cache = new LruCache<string, number>({ maxEntries: 10, ttlMs: 1000, now });
    cache.set('a', 1);
    cache.set('b', 2, clock + 5000);
    clock += 1000;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe(2);
    clock += 4000;
    expect(cache.get('b')).toBeUndefined();
  });
});

describe('CachedLoader', () => {
  test('callers asking while a load runs share it, and later callers get the cached value', async () => {
    const loader = new CachedLoader<string>({ maxEntries: 10, ttlMs: 1000, now });
    const answer = deferred<string>();
    let loads = 0;
    const load = () => {
      loads += 1;
      return answer.promise;
    };
    const first = loader.get('k', load);
    const second = loader.get('k', load);
    answer.resolve('v');
    expect(await Promise.all([first, second])).toEqual(['v', 'v']);
    await loader.get('k', load);
    expect(loads).toBe(1);
    clock += 1000;
    await loader.get('k', async () => 'fresh');
    expect(await loader.get('k', async () => 'never')).toBe('fresh');
  });

  test('a load that started before an eviction does not put the stale answer back', async () => {
    const loader = new CachedLoader<string>({ maxEntries: 10, ttlMs: 60_000, now });
    const stale = deferred<string>();
    const pending = loader.get('k', () => stale.promise);
    loader.evict('k');
    stale.resolve('stale');
    expect(await pending).toBe('stale');
    expect(await loader.get('k', async () => 'fresh')).toBe('fresh');
  });

  test('evictWhere drops the matching values only', async () => {
    const loader = new CachedLoader<{ id: string }>({ maxEntries: 10, now });
    await loader.get('a', async () => ({ id: 'key-1' }));
    await loader.get('b', async () => ({ id: 'key-2' }));
    loader.evictWhere((value) => value.id === 'key-1');
    expect(await loader.get('a', async () => ({ id: 'reloaded' }))).toEqual({ id: 'reloaded' });
    expect(await loader.get('b', async () => ({ id: 'reloaded' }))).toEqual({ id: 'key-2' });
  });

  test('a failed load is not cached', async () => {
    const loader = new CachedLoader<string>({ maxEntries: 10, now });
    await expect(loader.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await loader.get('k', async () => 'v')).toBe('v');
  });
});

describe('RevokedSessions', () => {
  const logger = createLogger('gateway-test', 'silent');

  test('a session is refused until the given time, then forgotten', () => {
    const revoked = new RevokedSessions({ maxEntries: 10, logger, now });
    revoked.revoke(['s-1'], clock + 1000);
    expect(revoked.isRevoked('s-1')).toBe(true);
    expect(revoked.isRevoked('s-2')).toBe(false);
    clock += 1000;
    expect(revoked.isRevoked('s-1')).toBe(false);
    expect(revoked.size).toBe(0);
  });

  test('a revocation that has already run out is not remembered', () => {
    const revoked = new RevokedSessions({ maxEntries: 10, logger, now });
    revoked.revoke(['s-1'], clock - 1);
    expect(revoked.isRevoked('s-1')).toBe(false);
  });

  test('a repeated event never shortens a revocation', () => {
    const revoked = new RevokedSessions({ maxEntries: 10, logger, now });
    revoked.revoke(['s-1'], clock + 5000);
    revoked.revoke(['s-1'], clock + 1000);
    clock += 2000;
    expect(revoked.isRevoked('s-1')).toBe(true);
  });

  test('expired entries make room before the bound drops live ones', () => {
    const revoked = new RevokedSessions({ maxEntries: 2, logger, now });
    revoked.revoke(['old'], clock + 1000);
    revoked.revoke(['live'], clock + 10_000);
    clock += 1000;
    revoked.revoke(['new'], clock + 10_000);
    expect(revoked.isRevoked('live')).toBe(true);
    expect(revoked.isRevoked('new')).toBe(true);
  });
});

describe('RateLimiter', () => {
  test('allows the limit at once, then asks to wait until a token is back', () => {
    const limiter = new RateLimiter({ perMinute: 3, maxKeys: 10, now });
    for (let i = 0; i < 3; i += 1) expect(limiter.take('ip-1')).toEqual({ allowed: true });
    expect(limiter.take('ip-1')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(limiter.take('ip-2')).toEqual({ allowed: true });
    clock += 20_000;
    expect(limiter.take('ip-1')).toEqual({ allowed: true });
    expect(limiter.take('ip-1')).toMatchObject({ allowed: false });
  });

  test('a quiet minute refills the whole bucket', () => {
    const limiter = new RateLimiter({ perMinute: 2, maxKeys: 10, now });
    limiter.take('ip-1');
    limiter.take('ip-1');
    clock += 60_000;
    expect(limiter.take('ip-1')).toEqual({ allowed: true });
    expect(limiter.take('ip-1')).toEqual({ allowed: true });
    expect(limiter.take('ip-1')).toMatchObject({ allowed: false });
  });
});
