import type { TransactionOptions } from '../store/tenant';

/**
 * Movements of one account queue on its row lock, each holding a pooled connection while it waits,
 * so a burst on one balance (a hundred transfers at once) needs longer than Prisma's 2 s default to
 * get a connection.
 */
export const LEDGER_TRANSACTION: TransactionOptions = { maxWait: 10_000, timeout: 15_000 };
