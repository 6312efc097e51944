import { createPrismaAdapter } from '@atrium/db';
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
    adapter: createPrismaAdapter(databaseUrl, {
      max: options.poolSize,
      applicationName: 'billing',
      settings: { role: options.appRole },
    }),
  });
}
