import pg, { DatabaseError } from 'pg';

const DUPLICATE_DATABASE = '42P04';
// Two concurrent CREATE DATABASE statements for one name can also collide on pg_database's
// unique index before the duplicate check sees the other, which reports unique_violation.
const UNIQUE_VIOLATION = '23505';

/**
 * Creates the database named in `databaseUrl` when it does not exist yet, connecting to the same
 * server's `postgres` database to do so. Returns true when this call created it; false when it
 * already existed, including when another process created it at the same moment.
 */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  const maintenanceUrl = new URL(databaseUrl);
  maintenanceUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenanceUrl.toString() });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    if (
      error instanceof DatabaseError &&
      (error.code === DUPLICATE_DATABASE || error.code === UNIQUE_VIOLATION)
    )
      return false;
    throw error;
  } finally {
    await client.end();
  }
}

function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  if (!name)
    throw new Error('The database URL names no database (expected postgres://host:port/<database>).');
  return name;
}
