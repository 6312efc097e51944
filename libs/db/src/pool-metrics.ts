import type pg from 'pg';
import { gauge, ScrapeSources } from '@atrium/metrics';

interface WatchedPool {
  name: string;
  pool: pg.Pool;
}

const pools = new ScrapeSources<WatchedPool>();

/** Each pool's own counters, read at scrape time (nothing is counted on the query path); pools of one name add up. */
function eachPool(read: (watched: WatchedPool) => void): void {
  for (const watched of pools.all()) {
    // A pool its owner ended (shutdown, a test) leaves the scrape.
    if (watched.pool.ended) pools.delete(watched);
    else read(watched);
  }
}

gauge({
  name: 'atrium_db_pool_connections',
  help: 'Connections a database pool holds open, by pool and state (in_use: lent to a query or transaction; idle).',
  labelNames: ['pool', 'state'],
  collect() {
    this.reset();
    eachPool(({ name, pool }) => {
      this.inc({ pool: name, state: 'in_use' }, pool.totalCount - pool.idleCount);
      this.inc({ pool: name, state: 'idle' }, pool.idleCount);
    });
  },
});

gauge({
  name: 'atrium_db_pool_waiting_requests',
  help: 'Queries and transactions waiting for a connection because the pool is at its size.',
  labelNames: ['pool'],
  collect() {
    this.reset();
    eachPool(({ name, pool }) => this.inc({ pool: name }, pool.waitingCount));
  },
});

gauge({
  name: 'atrium_db_pool_max_connections',
  help: 'The most connections a pool opens (DATABASE_POOL_SIZE for the service pool).',
  labelNames: ['pool'],
  collect() {
    this.reset();
    eachPool(({ name, pool }) => this.inc({ pool: name }, pool.options.max ?? 10));
  },
});

/** Reports the pool on /metrics under `name` until it is ended. */
export function watchPool(pool: pg.Pool, name: string): void {
  pools.add({ name, pool });
}
