import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

export interface PoolOptions {
  /** Most connections the pool opens at once (pg's default is 10). */
  max?: number;
  /** Shown in pg_stat_activity, so an operator can tell which service holds a connection. */
  applicationName?: string;
}

function poolConfig(url: string, options: PoolOptions): pg.PoolConfig {
  return { connectionString: url, max: options.max, application_name: options.applicationName };
}

/** A pg pool for code that talks SQL directly (health checks, outbox relays). */
export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool(poolConfig(url, options));
  // An idle client that loses its server emits 'error', which would crash the process without a
  // listener. The pool already discards that client and the next query opens a fresh one, while
  // readiness (pingDatabase) reports the outage; this mirrors what Prisma's adapter does.
  pool.on('error', () => undefined);
  return pool;
}

/** The driver adapter a service hands to `new PrismaClient({ adapter })`; it owns its own pool. */
export function createPrismaAdapter(url: string, options: PoolOptions = {}): PrismaPg {
  return new PrismaPg(poolConfig(url, options));
}

/** Resolves when the database answers a query, rejects otherwise. */
export async function pingDatabase(pool: pg.Pool): Promise<void> {
  await pool.query('SELECT 1');
}
