export interface LruCacheOptions {
  /** The most entries kept; the least recently used goes first when a new one would exceed it. */
  maxEntries: number;
  /** How long an entry lives unless set() says otherwise; absent means until evicted. */
  ttlMs?: number;
  /** Milliseconds clock, for tests. */
  now?: () => number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * A bounded map with least-recently-used eviction and per-entry expiry. A Map keeps insertion order,
 * so re-inserting on every hit makes its first key the least recently used one.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  private readonly now: () => number;

  constructor(private readonly options: LruCacheOptions) {
    if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1)
      throw new Error('an LRU cache needs room for at least one entry');
    this.now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores a value until `expiresAt` (epoch ms), or for the cache's ttl. */
  set(key: K, value: V, expiresAt?: number): void {
    this.entries.delete(key);
    const ttl = this.options.ttlMs;
    const until = expiresAt ?? (ttl === undefined ? Number.POSITIVE_INFINITY : this.now() + ttl);
    this.entries.set(key, { value, expiresAt: until });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Drops every entry whose value matches; a full scan, for rare events such as a revocation. */
  deleteWhere(matches: (value: V) => boolean): void {
    for (const [key, entry] of this.entries) if (matches(entry.value)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
