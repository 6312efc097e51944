import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

import { watchPool } from './pool-metrics';

export interface PoolOptions {
  /** Most connections the pool opens at once (pg's default is 10). */
  max?: number;
  /** Shown in pg_stat_activity, so an operator can tell which service holds a connection. */
  applicationName?: string;
  /**
   * Run-time parameters every connection sets as it starts, e.g. `{ role: 'atrium_tenancy_app' }` so
   * that every query runs as that role: sent as `-c name=value` start-up options, so they hold from the
   * connection's first statement to its last, whichever pooled transaction runs on it.
   */
  settings?: Readonly<Record<string, string>>;
  /** Told of each idle connection the server ended (an outage, a restart); the pool opens a fresh one. */
  onError?: (error: Error) => void;
}

const SETTING_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/**
 * The start-up `options` string for `settings`. Postgres splits it at spaces unless a backslash
 * escapes them, and reads `\\` as one backslash; a name is checked, since it cannot be escaped.
 */
function startupOptions(settings: Readonly<Record<string, string>>): string {
  return Object.entries(settings)
    .map(([name, value]) => {
      if (!SETTING_NAME.test(name)) throw new Error(`Not a run-time parameter name: ${JSON.stringify(name)}`);
      return `-c ${name}=${value.replace(/[\\ ]/g, '\\$&')}`;
    })
    .join(' ');
}

function poolConfig(url: string, options: PoolOptions): pg.PoolConfig {
  return {
    connectionString: url,
    max: options.max,
    application_name: options.applicationName,
    ...(options.settings && { options: startupOptions(options.settings) }),
  };
}

/** A pg pool for code that talks SQL directly (health checks, outbox relays). */
export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool(poolConfig(url, options));
  // A client that loses its server emits 'error', which ends the process when nothing listens. The
  // pool listens on its idle clients and passes their errors on here; it discards such a client and
  // the next query opens a fresh one, while readiness (pingDatabase) reports the outage.
  pool.on('error', options.onError ?? (() => undefined));
  // A lent client is its borrower's to listen on, and one that is between two queries of a
  // transaction (or of the outbox relay's batch, awaiting NATS) when Postgres restarts has nobody:
  // the borrower learns of it from its next query, and the pool discards the client on release.
  pool.on('connect', (client) => client.on('error', () => undefined));
  watchPool(pool, options.applicationName ?? 'default');
  return pool;
}

/**
 * The driver adapter a service hands to `new PrismaClient({ adapter })`. It is given a pool of
 * createPool's (so /metrics shows its connections) and ends it on `$disconnect()`.
 */
export function createPrismaAdapter(url: string, options: PoolOptions = {}): PrismaPg {
  return new PrismaPg(createPool(url, options), { disposeExternalPool: true });
}

/** Resolves when the database answers a query, rejects otherwise. */
export async function pingDatabase(pool: pg.Pool): Promise<void> {
  await pool.query('SELECT 1');
}
