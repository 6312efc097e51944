import { ensureDatabase } from '@atrium/db';
import { getTestServers, uniqueSuffix, withDatabase } from '@atrium/testing';
import { query } from './fixtures';

describe('ensureDatabase', () => {
  let adminUrl: string;
  const created: string[] = [];

  function newDatabaseUrl(label: string): string {
    const name = `atrium_test_${uniqueSuffix()}_${label}`;
    created.push(name);
    return withDatabase(adminUrl, name);
  }

  beforeAll(async () => {
    adminUrl = (await getTestServers()).adminDatabaseUrl;
  });

  afterAll(async () => {
    for (const name of created) await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('creates a missing database and reports that it already exists the second time', async () => {
    const url = newDatabaseUrl('ensure');

    expect(await ensureDatabase(url)).toBe(true);
    expect(await ensureDatabase(url)).toBe(false);
    expect(await query(url, 'SELECT current_database() AS name')).toEqual([{ name: created.at(-1) }]);
  });

  it('creates the database once when two processes ask for it at the same time', async () => {
    const url = newDatabaseUrl('ensure_race');

    const results = await Promise.all([ensureDatabase(url), ensureDatabase(url)]);

    expect(results.sort()).toEqual([false, true]);
  });
});
