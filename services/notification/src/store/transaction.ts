import type { Db, Tx } from './db';

/*
 * What use cases may know of the database: the client and transaction types they pass to the
 * functions of store/, and how to open a transaction. Everything else about Prisma stays in store/.
 */
export type { Db, Tx };

/** Runs `work` in one transaction: it commits when `work` resolves and rolls back when it throws. */
export function inTransaction<T>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return db.$transaction(work, options);
}
