import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { EVENTS_TABLES_PRISMA, EVENTS_TABLES_SQL } from '../src';

// The outbox relay, consumers and pruner of libs/events write these tables with raw SQL in every
// service's database: a service whose tables drifted from the reference would fail at run time only.
const ROOT = path.resolve(__dirname, '../../..');
const TABLES = ['outbox_events', 'inbox_events'];
const MODELS = ['OutboxEvent', 'InboxEvent'];

const services = readdirSync(path.join(ROOT, 'services'))
  .filter((service) => existsSync(path.join(ROOT, 'services', service, 'prisma', 'schema.prisma')))
  .sort();

function migrationsOf(service: string): string[] {
  const dir = path.join(ROOT, 'services', service, 'prisma', 'migrations');
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'migration.sql')))
    .sort()
    .map((name) => path.join(dir, name, 'migration.sql'));
}

/** SQL statements without comments, whitespace collapsed, so layout differences do not count. */
function statements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((statement) => statement.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim())
    .filter(Boolean);
}

const TABLE_NAMES = TABLES.join('|');
/** Statements that shape the events tables (not grants or data changes, which services may add). */
const SHAPING = new RegExp(
  `^(CREATE TABLE (IF NOT EXISTS )?|ALTER TABLE (IF EXISTS )?(ONLY )?|DROP TABLE (IF EXISTS )?|` +
    `CREATE (UNIQUE )?INDEX (CONCURRENTLY )?(IF NOT EXISTS )?\\S+ ON (ONLY )?|DROP INDEX (IF EXISTS )?(${TABLE_NAMES})_)` +
    `(${TABLE_NAMES})\\b`,
  'i',
);

/** A statement's top-level comma-separated parts (a table's columns), each on a line of its own. */
function lines(statement: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < statement.length; index += 1) {
    const char = statement[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === ',' && depth === 1) {
      parts.push(statement.slice(start, index + 1).trim());
      start = index + 1;
    }
  }
  return [...parts, statement.slice(start).trim()];
}

/** The statements shaping the events tables, a line per column so a drift's diff names the column. */
function shapingStatements(sql: string): string[] {
  return statements(sql)
    .filter((statement) => SHAPING.test(statement))
    .flatMap((statement) => (/^CREATE TABLE/i.test(statement) ? lines(statement) : [statement]));
}

/** The named models of a Prisma schema, one trimmed line each with whitespace collapsed, comments dropped. */
function models(schema: string, names: string[]): string[] {
  return names.flatMap((name) => {
    const match = new RegExp(`^model ${name} \\{\\n([\\s\\S]*?)^\\}`, 'm').exec(schema);
    if (!match) return [`model ${name} is missing`];
    return [
      `model ${name} {`,
      ...match[1]!
        .split('\n')
        .map((line) =>
          line
            .replace(/\/\/.*$/, '')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter(Boolean),
      '}',
    ];
  });
}

test('the reference itself declares both tables and both models', () => {
  expect(statements(EVENTS_TABLES_SQL).filter((statement) => SHAPING.test(statement))).toHaveLength(3);
  expect(models(EVENTS_TABLES_PRISMA, MODELS)).not.toContainEqual(expect.stringMatching(/missing/));
});

describe.each(services)("%s's events tables", (service) => {
  const migrations = migrationsOf(service);

  test('its init migration creates them exactly as EVENTS_TABLES_SQL of libs/events does', () => {
    const init = migrations.find((file) => path.basename(path.dirname(file)).endsWith('_init'));
    expect(init).toBeDefined();
    expect(shapingStatements(readFileSync(init!, 'utf8'))).toEqual(shapingStatements(EVENTS_TABLES_SQL));
  });

  test('no later migration changes their shape (change the reference and every service together)', () => {
    const later = migrations
      .filter((file) => !path.basename(path.dirname(file)).endsWith('_init'))
      .flatMap((file) =>
        statements(readFileSync(file, 'utf8'))
          .filter((statement) => SHAPING.test(statement))
          .map((statement) => `${path.relative(ROOT, file)}: ${statement}`),
      );
    expect(later).toEqual([]);
  });

  test('its schema.prisma models them exactly as EVENTS_TABLES_PRISMA of libs/events does', () => {
    const schema = readFileSync(path.join(ROOT, 'services', service, 'prisma', 'schema.prisma'), 'utf8');
    expect(models(schema, MODELS)).toEqual(models(EVENTS_TABLES_PRISMA, MODELS));
  });
});
