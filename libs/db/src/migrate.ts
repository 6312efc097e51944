import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg, { DatabaseError } from 'pg';

/** What the migrator logs through; a pino Logger fits. */
export interface MigrationLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface MigrateOptions {
  databaseUrl: string;
  /** A Prisma migrations folder: `<timestamp>_<name>/migration.sql` per migration. */
  migrationsDir: string;
  logger?: MigrationLogger;
}

// The key `prisma migrate` itself takes, so this runner and the Prisma CLI never migrate one
// database at the same time either.
const MIGRATION_LOCK_KEY = 72707369;

// Prisma's own definition (schema engine, Postgres connector), so `prisma migrate status` reads
// the rows written here as its own.
const CREATE_MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    id                  VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum            VARCHAR(64) NOT NULL,
    finished_at         TIMESTAMPTZ,
    migration_name      VARCHAR(255) NOT NULL,
    logs                TEXT,
    rolled_back_at      TIMESTAMPTZ,
    started_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count INTEGER NOT NULL DEFAULT 0
  )`;

/** An applied migration's file no longer matches the checksum recorded when it ran. */
export class MigrationChecksumError extends Error {
  constructor(readonly migration: string) {
    super(
      `Migration ${migration} was modified after it was applied: its migration.sql no longer matches the ` +
        'checksum in _prisma_migrations. Restore the file and put the change in a new migration.',
    );
    this.name = 'MigrationChecksumError';
  }
}

/** An earlier attempt (usually by `prisma migrate deploy`) started a migration and never finished it. */
export class UnresolvedMigrationError extends Error {
  constructor(
    readonly migration: string,
    startedAt: Date,
  ) {
    super(
      `Migration ${migration} started at ${startedAt.toISOString()} and never finished, so no migration ` +
        'will be applied. Repair the database by hand, then mark the attempt as rolled back ' +
        `(\`prisma migrate resolve --rolled-back ${migration}\`, or set rolled_back_at on its _prisma_migrations row).`,
    );
    this.name = 'UnresolvedMigrationError';
  }
}

/** A migration's SQL failed; its transaction was rolled back and nothing of it was recorded. */
export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
    sql: string,
  ) {
    super(`Migration ${migration} failed and was rolled back: ${describeFailure(cause, sql)}`, { cause });
    this.name = 'MigrationFailedError';
  }
}

interface MigrationFile {
  name: string;
  bytes: Buffer;
  checksum: string;
  /**
   * Checksums of earlier wordings of the file that still count as it (EARLIER_CHECKSUMS_FILE): its
   * comments were reworded after databases applied it, its statements are the same.
   */
  earlierChecksums: string[];
}

/**
 * Beside a migration.sql whose comments were reworded after it was applied: one sha256 per line of
 * each earlier wording, so databases that applied one of them still match. Statements never change
 * this way: a changed statement belongs in a new migration, and review holds this file to that.
 */
const EARLIER_CHECKSUMS_FILE = 'earlier-checksums';

interface MigrationRow {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
}

/**
 * Applies the migrations of `migrationsDir` that `_prisma_migrations` does not record yet, in
 * folder-name order, each in its own transaction together with its row. Several processes may
 * call this at once: one migrates, the others wait for it and then find nothing left to do.
 */
export async function migrate({
  databaseUrl,
  migrationsDir,
  logger,
}: MigrateOptions): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(migrationsDir);
  // One dedicated connection: a session-level advisory lock belongs to the connection that took it.
  // It must be a direct connection, not one through a transaction-mode pooler such as PgBouncer.
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'atrium-migrate' });
  await client.connect();
  try {
    await acquireMigrationLock(client, logger);
    return { applied: await applyPending(client, migrations, logger) };
  } finally {
    // Ending the session releases its advisory lock, also when the connection broke mid-run.
    await client.end();
  }
}

async function acquireMigrationLock(client: pg.Client, logger?: MigrationLogger): Promise<void> {
  const attempt = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
    MIGRATION_LOCK_KEY,
  ]);
  if (attempt.rows[0]?.locked) return;
  logger?.info({ lockKey: MIGRATION_LOCK_KEY }, 'another migrator holds the migration lock; waiting for it');
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
}

async function applyPending(
  client: pg.Client,
  migrations: MigrationFile[],
  logger?: MigrationLogger,
): Promise<string[]> {
  await client.query(CREATE_MIGRATIONS_TABLE);
  // Rows marked rolled back record attempts an operator has resolved; Prisma ignores them too.
  const { rows } = await client.query<MigrationRow>(
    `SELECT migration_name, checksum, started_at, finished_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  const unfinished = rows.find((row) => row.finished_at === null);
  if (unfinished) throw new UnresolvedMigrationError(unfinished.migration_name, unfinished.started_at);

  const recorded = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  const onDisk = new Set(migrations.map((migration) => migration.name));
  for (const name of recorded.keys()) {
    if (!onDisk.has(name)) {
      logger?.warn(
        { migration: name },
        'migration recorded in _prisma_migrations is missing from the migrations folder',
      );
    }
  }
  for (const migration of migrations) {
    const checksum = recorded.get(migration.name);
    if (
      checksum !== undefined &&
      !matchesChecksum(migration.bytes, checksum) &&
      !migration.earlierChecksums.includes(checksum)
    ) {
      throw new MigrationChecksumError(migration.name);
    }
  }

  const applied: string[] = [];
  for (const migration of migrations.filter(({ name }) => !recorded.has(name))) {
    await applyMigration(client, migration);
    logger?.info({ migration: migration.name }, 'migration applied');
    applied.push(migration.name);
  }
  return applied;
}

async function applyMigration(client: pg.Client, migration: MigrationFile): Promise<void> {
  const sql = migration.bytes.toString('utf8');
  await client.query('BEGIN');
  try {
    // Without parameters pg uses the simple query protocol, which runs a multi-statement script.
    await client.query(sql);
    // started_at defaults to now(), the transaction's start; finished_at is the moment the SQL ended.
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    // A ROLLBACK that fails means the connection is gone, and the server has rolled back already.
    await client.query('ROLLBACK').catch(() => undefined);
    throw new MigrationFailedError(migration.name, error, sql);
  }
}

async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: unknown) => {
    throw new Error(`Cannot read the migrations folder ${migrationsDir}: ${messageOf(error)}`, {
      cause: error,
    });
  });
  // Plain files such as migration_lock.toml sit beside the migration folders and are not migrations.
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      const bytes = await readFile(file).catch((error: unknown) => {
        throw new Error(`Migration folder ${name} has no readable migration.sql: ${messageOf(error)}`, {
          cause: error,
        });
      });
      const earlier = await readFile(path.join(migrationsDir, name, EARLIER_CHECKSUMS_FILE), 'utf8').catch(
        () => '',
      );
      const earlierChecksums = earlier
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /^[0-9a-f]{64}$/.test(line));
      return { name, bytes, checksum: sha256(bytes), earlierChecksums };
    }),
  );
}

function sha256(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Prisma accepts a file whose line endings git converted since it was applied; matching that
 * keeps this runner and `prisma migrate status` in agreement about what "modified" means.
 */
function matchesChecksum(bytes: Buffer, recorded: string): boolean {
  const text = bytes.toString('utf8');
  return [bytes, text.replaceAll('\r\n', '\n'), text.replaceAll('\n', '\r\n')].some(
    (variant) => sha256(variant) === recorded,
  );
}

function describeFailure(error: unknown, sql: string): string {
  if (!(error instanceof DatabaseError)) return messageOf(error);
  const details = [`SQLSTATE ${error.code}`];
  const position = Number(error.position);
  if (position > 0) details.push(`line ${sql.slice(0, position - 1).split('\n').length} of migration.sql`);
  return `${error.message} (${details.join(', ')})`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
