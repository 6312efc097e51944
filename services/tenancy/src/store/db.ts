import { createPool } from '@atrium/db';
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client';

/**
 * Tenancy's database: the Prisma client every use case uses, and the pg pool under it, which the
 * few hot reads that must cost one round trip use directly (store/one-trip.ts).
 */
export type Db = PrismaClient & { readonly pool: pg.Pool };
export type Tx = Prisma.TransactionClient;

export interface DbOptions {
  poolSize: number;
  /** The role every connection takes at start: a non-owner without BYPASSRLS (see store/tenant.ts). */
  appRole: string;
}

export function createDb(databaseUrl: string, options: DbOptions): Db {
  const pool = createPool(databaseUrl, {
    max: options.poolSize,
    applicationName: 'tenancy',
    settings: { role: options.appRole },
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return Object.assign(prisma, { pool });
}
