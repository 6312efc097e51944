import { LruCache, type LruCacheOptions } from './lru-cache';

/**
 * An LruCache filled by loaders: callers asking for the same key while it loads share one load, and a
 * load that started before an eviction is not stored, so an invalidation that races a backend call
 * cannot be undone by the older answer. The in-flight map holds at most one entry per concurrent
 * request, so it stays bounded by the server's concurrency.
 */
export class CachedLoader<V> {
  private readonly cache: LruCache<string, V>;
  private readonly loading = new Map<string, Promise<V>>();
  private generation = 0;

  constructor(options: LruCacheOptions) {
    this.cache = new LruCache(options);
  }

  /** The cached value, or what load() answers (cached unless `expiresAt(value)` says it is already stale). */
  get(key: string, load: () => Promise<V>, expiresAt?: (value: V) => number | undefined): Promise<V> {
    const cached = this.cache.get(key);
    if (cached !== undefined) return Promise.resolve(cached);
    const pending = this.loading.get(key);
    if (pending) return pending;
    const startedIn = this.generation;
    const loaded = load().then(
      (value) => {
        if (this.loading.get(key) === loaded) this.loading.delete(key);
        if (startedIn === this.generation) this.cache.set(key, value, expiresAt?.(value));
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(key) === loaded) this.loading.delete(key);
        throw error;
      },
    );
    this.loading.set(key, loaded);
    return loaded;
  }

  /** Stores a value the caller just got from the backend (the answer to an update), newer than any load. */
  set(key: string, value: V): void {
    this.generation += 1;
    this.loading.delete(key);
    this.cache.set(key, value);
  }

  evict(key: string): void {
    this.generation += 1;
    this.cache.delete(key);
    this.loading.delete(key);
  }

  /** Evicts every cached value that matches, and forgets every load in flight (its key is not known yet). */
  evictWhere(matches: (value: V) => boolean): void {
    this.generation += 1;
    this.cache.deleteWhere(matches);
    this.loading.clear();
  }

  get size(): number {
    return this.cache.size;
  }
}
