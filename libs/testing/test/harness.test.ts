import { Client } from 'pg';
import { assertTestDatabase, createTestDatabase, testNamespace, withDatabase } from '../src';

describe('the test harness', () => {
  it('refuses databases whose name does not mark them as test databases', () => {
    expect(() => assertTestDatabase('postgres://postgres@127.0.0.1:5432/atrium_tenancy')).toThrow(/Refusing/);
    expect(() => assertTestDatabase('postgres://postgres@127.0.0.1:5432/contest')).toThrow(/Refusing/);
    expect(() =>
      assertTestDatabase('postgres://postgres@127.0.0.1:5432/atrium_test_x_tenancy'),
    ).not.toThrow();
  });

  it('creates an empty database of its own and drops it', async () => {
    const database = await createTestDatabase('harness');
    expect(database.name).toMatch(/^atrium_test_[a-z0-9]+_harness$/);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
    await client.end();
    expect(rows[0]?.name).toBe(database.name);
    await database.drop();
    const admin = new Client({ connectionString: withDatabase(database.url, 'postgres') });
    await admin.connect();
    const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database.name]);
    await admin.end();
    expect(left.rowCount).toBe(0);
  });

  it('gives every call a different NATS namespace', () => {
    expect(testNamespace()).not.toBe(testNamespace());
    expect(testNamespace()).toMatch(/^t[a-z0-9]+$/);
  });
});
