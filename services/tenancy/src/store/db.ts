import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client';

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

export interface DbOptions {
  poolSize: number;
  /** The role every connection takes at start: a non-owner without BYPASSRLS (see store/tenant.ts). */
  appRole: string;
}

export function createDb(databaseUrl: string, options: DbOptions): Db {
  return new PrismaClient({
    // Built here rather than with libs/db's createPrismaAdapter, which cannot pass startup options.
    adapter: new PrismaPg({
      connectionString: databaseUrl,
      max: options.poolSize,
      application_name: 'tenancy',
      options: `-c role=${options.appRole}`,
    }),
  });
}
