export { createPool, createPrismaAdapter, pingDatabase, type PoolOptions } from './pool';
export { ensureDatabase } from './database';
export {
  migrate,
  MigrationChecksumError,
  MigrationFailedError,
  UnresolvedMigrationError,
  type MigrateOptions,
  type MigrationLogger,
} from './migrate';
export { decodeCursor, encodeCursor, pageOf, pageSize, type ListPosition } from './pagination';
