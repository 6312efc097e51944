import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { migrate, MigrationChecksumError, MigrationFailedError, UnresolvedMigrationError } from '@atrium/db';
import { createTestDatabase, type TestDatabase } from '@atrium/testing';
import {
  migrationsFolder,
  query,
  recordingLogger,
  sha256,
  tableExists,
  type MigrationsFolder,
} from './fixtures';

const CREATE_CLIENTS = 'CREATE TABLE clients (id uuid PRIMARY KEY, name text NOT NULL);\n';
const ADD_EMAIL = '-- needs clients\nALTER TABLE clients ADD COLUMN email text;\n';
const CREATE_CAMPAIGNS =
  'CREATE TABLE campaigns (id uuid PRIMARY KEY, client_id uuid REFERENCES clients (id));\n';

interface PrismaMigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

function recordedMigrations(url: string): Promise<PrismaMigrationRow[]> {
  return query<PrismaMigrationRow>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
}

describe('migrate', () => {
  let database: TestDatabase;
  let folder: MigrationsFolder;

  beforeEach(async () => {
    database = await createTestDatabase('migrate');
    folder = await migrationsFolder();
  });

  afterEach(async () => {
    await folder.remove();
    await database.drop();
  });

  it('applies the migrations in folder-name order and records each as Prisma does', async () => {
    // Written out of order on purpose: the second depends on the first.
    await folder.write('20250102000000_add_email', ADD_EMAIL);
    await folder.write('20250101000000_create_clients', CREATE_CLIENTS);

    const result = await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });

    expect(result.applied).toEqual(['20250101000000_create_clients', '20250102000000_add_email']);
    const rows = await recordedMigrations(database.url);
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual([
      ['20250101000000_create_clients', sha256(CREATE_CLIENTS)],
      ['20250102000000_add_email', sha256(ADD_EMAIL)],
    ]);
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
    expect(await tableExists(database.url, 'clients')).toBe(true);
  });

  it('creates _prisma_migrations with the columns Prisma defines', async () => {
    await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });

    const columns = await query(
      database.url,
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
       FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      {
        column_name: 'id',
        data_type: 'character varying',
        length: 36,
        is_nullable: 'NO',
        column_default: null,
      },
      {
        column_name: 'checksum',
        data_type: 'character varying',
        length: 64,
        is_nullable: 'NO',
        column_default: null,
      },
      {
        column_name: 'finished_at',
        data_type: 'timestamp with time zone',
        length: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'migration_name',
        data_type: 'character varying',
        length: 255,
        is_nullable: 'NO',
        column_default: null,
      },
      { column_name: 'logs', data_type: 'text', length: null, is_nullable: 'YES', column_default: null },
      {
        column_name: 'rolled_back_at',
        data_type: 'timestamp with time zone',
        length: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'started_at',
        data_type: 'timestamp with time zone',
        length: null,
        is_nullable: 'NO',
        column_default: 'now()',
      },
      {
        column_name: 'applied_steps_count',
        data_type: 'integer',
        length: null,
        is_nullable: 'NO',
        column_default: '0',
      },
    ]);
    const [primaryKey] = await query<{ columns: string }>(
      database.url,
      `SELECT string_agg(a.attname, ',') AS columns FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
       WHERE i.indrelid = '"_prisma_migrations"'::regclass AND i.indisprimary`,
    );
    expect(primaryKey?.columns).toBe('id');
  });

  it('applies nothing on a second run', async () => {
    await folder.write('20250101000000_create_clients', CREATE_CLIENTS);
    await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });
    const before = await recordedMigrations(database.url);

    const second = await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });

    expect(second.applied).toEqual([]);
    expect(await recordedMigrations(database.url)).toEqual(before);
  });

  it('applies only the migrations added since the last run', async () => {
    await folder.write('20250101000000_create_clients', CREATE_CLIENTS);
    await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });
    await folder.write('20250102000000_add_email', ADD_EMAIL);

    const result = await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });

    expect(result.applied).toEqual(['20250102000000_add_email']);
    expect((await recordedMigrations(database.url)).map((row) => row.migration_name)).toEqual([
      '20250101000000_create_clients',
      '20250102000000_add_email',
    ]);
  });

  it('accepts a migration whose comments were reworded when its earlier wording is listed, and only then', async () => {
    const first = `-- Clients (see an old document)\n${CREATE_CLIENTS}`;
    await folder.write('20250101000000_create_clients', first);
    await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });
    await folder.write('20250101000000_create_clients', `-- Clients (docs/product.md)\n${CREATE_CLIENTS}`);
    await folder.write('20250103000000_create_campaigns', CREATE_CAMPAIGNS);

    await expect(migrate({ databaseUrl: database.url, migrationsDir: folder.dir })).rejects.toBeInstanceOf(
      MigrationChecksumError,
    );
    const listing = path.join(folder.dir, '20250101000000_create_clients', 'earlier-checksums');
    await writeFile(listing, `${sha256('something else')}\n`);
    await expect(migrate({ databaseUrl: database.url, migrationsDir: folder.dir })).rejects.toBeInstanceOf(
      MigrationChecksumError,
    );
    await writeFile(listing, `# the wording before docs/product.md\n${sha256(first)}\n`);
    expect(await migrate({ databaseUrl: database.url, migrationsDir: folder.dir })).toEqual({
      applied: ['20250103000000_create_campaigns'],
    });
  });

  it('refuses a migration whose file changed after it was applied, and applies no later one', async () => {
    await folder.write('20250101000000_create_clients', CREATE_CLIENTS);
    await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });
    await folder.write(
      '20250101000000_create_clients',
      `${CREATE_CLIENTS}ALTER TABLE clients ADD COLUMN note text;\n`,
    );
    await folder.write('20250103000000_create_campaigns', CREATE_CAMPAIGNS);

    const run = migrate({ databaseUrl: database.url, migrationsDir: folder.dir });

    await expect(run).rejects.toBeInstanceOf(MigrationChecksumError);
    await expect(run).rejects.toMatchObject({
      migration: '20250101000000_create_clients',
      message: expect.stringContaining('20250101000000_create_clients'),
    });
    expect(await tableExists(database.url, 'campaigns')).toBe(false);
    expect(await recordedMigrations(database.url)).toHaveLength(1);
  });

  it('accepts an applied migration whose line endings git converted, as Prisma does', async () => {
    await folder.write(
      '20250101000000_create_clients',
      'CREATE TABLE clients (id uuid);\nCREATE INDEX ON clients (id);\n',
    );
    await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });
    const file = path.join(folder.dir, '20250101000000_create_clients', 'migration.sql');
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('\n', '\r\n'));

    await expect(migrate({ databaseUrl: database.url, migrationsDir: folder.dir })).resolves.toEqual({
      applied: [],
    });
  });

  it('rolls back a failing migration, records nothing of it, and names it with Postgres’s message', async () => {
    await folder.write('20250101000000_create_clients', CREATE_CLIENTS);
    await folder.write(
      '20250102000000_broken',
      'CREATE TABLE invoices (id uuid PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n',
    );
    await folder.write('20250103000000_create_campaigns', CREATE_CAMPAIGNS);

    const run = migrate({ databaseUrl: database.url, migrationsDir: folder.dir });

    await expect(run).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(run).rejects.toMatchObject({ migration: '20250102000000_broken' });
    await expect(run).rejects.toThrow(
      /20250102000000_broken.*relation "no_such_table" does not exist.*line 2/,
    );
    expect(await tableExists(database.url, 'invoices')).toBe(false);
    expect(await tableExists(database.url, 'campaigns')).toBe(false);
    expect((await recordedMigrations(database.url)).map((row) => row.migration_name)).toEqual([
      '20250101000000_create_clients',
    ]);
  });

  it('refuses to run while an earlier attempt at a migration never finished', async () => {
    await folder.write('20250101000000_create_clients', CREATE_CLIENTS);
    await folder.write('20250102000000_add_email', ADD_EMAIL);
    await query(
      database.url,
      `CREATE TABLE "_prisma_migrations" (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL,
         finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz,
         started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0)`,
    );
    await query(
      database.url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs)
       VALUES ('00000000-0000-4000-8000-000000000000', $1, '20250101000000_create_clients', 'syntax error')`,
      [sha256(CREATE_CLIENTS)],
    );

    const run = migrate({ databaseUrl: database.url, migrationsDir: folder.dir });

    await expect(run).rejects.toBeInstanceOf(UnresolvedMigrationError);
    await expect(run).rejects.toThrow(/20250101000000_create_clients.*never finished/);
    expect(await tableExists(database.url, 'clients')).toBe(false);
  });

  it('applies a migration again once its failed attempt is marked rolled back', async () => {
    await folder.write('20250101000000_create_clients', CREATE_CLIENTS);
    await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });
    await query(database.url, 'DROP TABLE clients');
    await query(database.url, 'UPDATE "_prisma_migrations" SET rolled_back_at = now()');

    const result = await migrate({ databaseUrl: database.url, migrationsDir: folder.dir });

    expect(result.applied).toEqual(['20250101000000_create_clients']);
    expect(await tableExists(database.url, 'clients')).toBe(true);
  });

  it('warns about a recorded migration missing from the folder and applies the rest', async () => {
    const earlier = await migrationsFolder({ '20240101000000_legacy': 'CREATE TABLE legacy (id int);\n' });
    try {
      await migrate({ databaseUrl: database.url, migrationsDir: earlier.dir });
    } finally {
      await earlier.remove();
    }
    await folder.write('20250101000000_create_clients', CREATE_CLIENTS);
    const logger = recordingLogger();

    const result = await migrate({ databaseUrl: database.url, migrationsDir: folder.dir, logger });

    expect(result.applied).toEqual(['20250101000000_create_clients']);
    expect(logger.entries).toContainEqual({
      level: 'warn',
      fields: { migration: '20240101000000_legacy' },
      message: expect.stringContaining('missing from the migrations folder'),
    });
  });

  it('logs each applied migration at info', async () => {
    await folder.write('20250101000000_create_clients', CREATE_CLIENTS);
    await folder.write('20250102000000_add_email', ADD_EMAIL);
    const logger = recordingLogger();

    await migrate({ databaseUrl: database.url, migrationsDir: folder.dir, logger });

    expect(logger.entries).toEqual([
      { level: 'info', fields: { migration: '20250101000000_create_clients' }, message: 'migration applied' },
      { level: 'info', fields: { migration: '20250102000000_add_email' }, message: 'migration applied' },
    ]);
  });

  it('lets two migrators racing on one database apply each migration exactly once', async () => {
    // The sleep keeps the first migrator inside its run while the second arrives; the CREATE TABLEs
    // would fail if either migration ran twice.
    await folder.write('20250101000000_create_clients', `SELECT pg_sleep(0.3);\n${CREATE_CLIENTS}`);
    await folder.write('20250102000000_add_email', ADD_EMAIL);
    await folder.write('20250103000000_create_campaigns', CREATE_CAMPAIGNS);

    const [first, second] = await Promise.all([
      migrate({ databaseUrl: database.url, migrationsDir: folder.dir }),
      migrate({ databaseUrl: database.url, migrationsDir: folder.dir }),
    ]);

    expect([...first.applied, ...second.applied].sort()).toEqual([
      '20250101000000_create_clients',
      '20250102000000_add_email',
      '20250103000000_create_campaigns',
    ]);
    const counts = await query<{ migration_name: string; count: number }>(
      database.url,
      'SELECT migration_name, count(*)::int AS count FROM "_prisma_migrations" GROUP BY migration_name',
    );
    expect(counts).toHaveLength(3);
    expect(counts.every((row) => row.count === 1)).toBe(true);
  });

  it('names the folder when the migrations folder does not exist', async () => {
    const missing = path.join(folder.dir, 'nowhere');

    await expect(migrate({ databaseUrl: database.url, migrationsDir: missing })).rejects.toThrow(
      `Cannot read the migrations folder ${missing}`,
    );
  });
});
