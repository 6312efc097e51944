/**
 * Values read at scrape time from things that come and go (a relay, a consumer, a pool): each
 * registers while it runs and leaves when it stops, and the gauge's collect() asks whoever is there.
 * A source that does not answer within the timeout is skipped, so one stuck dependency (a database
 * down) cannot make the whole scrape fail or hang past Prometheus's scrape timeout.
 */
export class ScrapeSources<T> {
  private readonly sources = new Set<T>();

  add(source: T): void {
    this.sources.add(source);
  }

  delete(source: T): void {
    this.sources.delete(source);
  }

  /** Each source's reading, in parallel; sources that failed or were too slow are left out. */
  async read<R>(reader: (source: T) => Promise<R>, timeoutMs = 2000): Promise<R[]> {
    const readings = await Promise.all(
      [...this.sources].map((source) => withTimeout(reader(source), timeoutMs).catch(() => undefined)),
    );
    return readings.filter((reading): reading is Awaited<R> => reading !== undefined) as R[];
  }

  /** The sources themselves, for readings that cost nothing (pool counters). */
  all(): T[] {
    return [...this.sources];
  }
}

function withTimeout<R>(promise: Promise<R>, timeoutMs: number): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
