import { setTimeout as sleep } from 'node:timers/promises';
import { createPool, createPrismaAdapter, pingDatabase } from '@atrium/db';
import { registry } from '@atrium/metrics';
import {
  createTestDatabase,
  eventually,
  freePort,
  parseMetrics,
  sampleSum,
  type TestDatabase,
} from '@atrium/testing';

describe('pool', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('pool');
  });

  afterAll(async () => {
    await database.drop();
  });

  it('opens connections that carry the application name', async () => {
    const pool = createPool(database.url, { max: 2, applicationName: 'atrium-db-test' });
    try {
      await expect(pingDatabase(pool)).resolves.toBeUndefined();
      const { rows } = await pool.query<{ name: string }>(
        `SELECT current_setting('application_name') AS name`,
      );
      expect(rows).toEqual([{ name: 'atrium-db-test' }]);
    } finally {
      await pool.end();
    }
  });

  it('reports the connections it lends, those it keeps idle and the callers waiting, until it is ended', async () => {
    const pool = createPool(database.url, { max: 1, applicationName: 'atrium-db-metrics-test' });
    const read = async (name: string, labels: Record<string, string> = {}) =>
      sampleSum(parseMetrics(await registry.metrics()), name, { pool: 'atrium-db-metrics-test', ...labels });
    try {
      const held = await pool.connect();
      const waiting = pool.query('SELECT 1');
      expect(await read('atrium_db_pool_connections', { state: 'in_use' })).toBe(1);
      expect(await read('atrium_db_pool_waiting_requests')).toBe(1);
      expect(await read('atrium_db_pool_max_connections')).toBe(1);
      held.release();
      await waiting;
      expect(await read('atrium_db_pool_connections', { state: 'in_use' })).toBe(0);
      expect(await read('atrium_db_pool_connections', { state: 'idle' })).toBe(1);
      expect(await read('atrium_db_pool_waiting_requests')).toBe(0);
    } finally {
      await pool.end();
    }
    // An ended pool leaves the scrape.
    expect(await read('atrium_db_pool_max_connections')).toBe(0);
  });

  it('starts every connection with the settings it is given, spaces and backslashes included', async () => {
    const pool = createPool(database.url, {
      max: 2,
      // pg_monitor is one of Postgres' predefined roles, so the test needs no role of its own.
      settings: { role: 'pg_monitor', 'atrium.note': 'two words \\ and a backslash' },
    });
    try {
      const { rows } = await pool.query<{ role: string; note: string }>(
        `SELECT current_user AS role, current_setting('atrium.note') AS note`,
      );
      expect(rows).toEqual([{ role: 'pg_monitor', note: 'two words \\ and a backslash' }]);
    } finally {
      await pool.end();
    }
  });

  it('refuses a setting whose name could smuggle in another option', () => {
    expect(() => createPool(database.url, { settings: { 'role=x -c search_path': 'y' } })).toThrow(
      /run-time parameter name/,
    );
  });

  it('outlives the server ending a connection it has lent between two queries, and lends a fresh one next', async () => {
    const reported: Error[] = [];
    const pool = createPool(database.url, { max: 1, onError: (error) => reported.push(error) });
    const admin = createPool(database.url, { max: 1 });
    try {
      const held = await pool.connect();
      const { rows } = await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      // The server's goodbye arrives while no query runs on the connection: without a listener of
      // its own a lent client re-throws it as an uncaught exception, which ends the process.
      await sleep(300);
      await expect(held.query('SELECT 1')).rejects.toThrow(/not queryable|terminat/);
      held.release();
      const { rows: fresh } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      expect(fresh[0]!.pid).not.toBe(rows[0]!.pid);
      // The borrower learned of it from its query; onError is told of idle connections only.
      expect(reported).toEqual([]);
    } finally {
      await Promise.all([pool.end(), admin.end()]);
    }
  });

  it('reports an idle connection the server ends once, and lends a fresh one next', async () => {
    const reported: Error[] = [];
    const pool = createPool(database.url, { max: 1, onError: (error) => reported.push(error) });
    const admin = createPool(database.url, { max: 1 });
    try {
      const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      await eventually(async () => (reported.length > 0 ? true : undefined), 5000, 'the error reported');
      await sleep(100);
      expect(reported).toHaveLength(1);
      const { rows: fresh } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      expect(fresh[0]!.pid).not.toBe(rows[0]!.pid);
    } finally {
      await Promise.all([pool.end(), admin.end()]);
    }
  });

  it('fails the ping when the database does not answer', async () => {
    const port = await freePort();
    const pool = createPool(`postgres://postgres@127.0.0.1:${port}/atrium_test_nothing_here`);
    try {
      await expect(pingDatabase(pool)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await pool.end();
    }
  });

  it('gives Prisma an adapter whose connection runs queries', async () => {
    const adapter = createPrismaAdapter(database.url, { max: 1, applicationName: 'atrium-db-test' });
    const connection = await adapter.connect();
    try {
      const result = await connection.queryRaw({ sql: 'SELECT 1 AS one', args: [], argTypes: [] });
      expect(result.columnNames).toEqual(['one']);
      expect(result.rows).toEqual([[1]]);
    } finally {
      await connection.dispose();
    }
  });

  it('gives Prisma an adapter whose connections start with the settings it is given', async () => {
    const adapter = createPrismaAdapter(database.url, { max: 1, settings: { role: 'pg_monitor' } });
    const connection = await adapter.connect();
    try {
      const result = await connection.queryRaw({
        sql: 'SELECT current_user::text AS role',
        args: [],
        argTypes: [],
      });
      expect(result.rows).toEqual([['pg_monitor']]);
    } finally {
      await connection.dispose();
    }
  });
});
