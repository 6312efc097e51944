import { createPool, createPrismaAdapter, pingDatabase } from '@atrium/db';
import { createTestDatabase, freePort, type TestDatabase } from '@atrium/testing';

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
});
