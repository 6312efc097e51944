import type pg from 'pg';

/**
 * What a Prisma transaction client offers (and `pgExecutor` adapts a pg client to): just enough to write
 * outbox and inbox rows inside the caller's own transaction.
 */
export interface SqlExecutor {
  /** Runs a statement and resolves to the number of rows it affected. */
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  /** Runs a query and resolves to its rows (T is the row array type). */
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Adapts a pg client or pool; pass the client that holds the transaction, not the pool, to get atomicity. */
export function pgExecutor(client: pg.ClientBase | pg.Pool): SqlExecutor {
  return {
    async $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> {
      const result = await client.query(query, values);
      return result.rowCount ?? 0;
    },
    async $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> {
      const result = await client.query(query, values);
      return result.rows as T;
    },
  };
}

/**
 * The tables every service that publishes or consumes events puts in one of its own migrations.
 *
 * - `outbox_events`: one row per event, written in the same transaction as the change it describes, so
 *   an event exists exactly when its change committed. `OutboxRelay` publishes pending rows
 *   (`published_at IS NULL`) and stamps them; the partial index keeps that scan small however many
 *   published rows accumulate.
 * - `inbox_events`: one row per (consumer, event) handled, written in the same transaction as the
 *   handler's changes, so a redelivered event is recognised and skipped.
 */
export const EVENTS_TABLES_SQL = `
CREATE TABLE outbox_events (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  source text NOT NULL,
  subject text NOT NULL,
  data jsonb NOT NULL,
  traceparent text,
  request_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
);

CREATE INDEX outbox_events_pending_idx ON outbox_events (created_at, id) WHERE published_at IS NULL;

CREATE TABLE inbox_events (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  handled_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
`;

/**
 * The Prisma models of the same tables, as each service's schema.prisma declares them so its Prisma
 * client can read them (tests, pruning, purges). libs/events/test/tables.test.ts holds every service's
 * migration and schema to this and EVENTS_TABLES_SQL.
 */
export const EVENTS_TABLES_PRISMA = `
model OutboxEvent {
  id          String    @id @db.Uuid
  type        String
  source      String
  subject     String
  data        Json
  traceparent String?
  requestId   String?   @map("request_id")
  createdAt   DateTime  @default(now()) @map("created_at") @db.Timestamptz(6)
  publishedAt DateTime? @map("published_at") @db.Timestamptz(6)

  @@map("outbox_events")
}

model InboxEvent {
  consumer  String
  eventId   String   @map("event_id") @db.Uuid
  handledAt DateTime @default(now()) @map("handled_at") @db.Timestamptz(6)

  @@id([consumer, eventId])
  @@map("inbox_events")
}
`;
