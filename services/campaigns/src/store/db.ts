import { createPrismaAdapter } from '@atrium/db';
import { PrismaClient } from '../generated/prisma/client';

export type Db = PrismaClient;

export function createDb(databaseUrl: string, poolSize: number): Db {
  return new PrismaClient({
    adapter: createPrismaAdapter(databaseUrl, { max: poolSize, applicationName: 'campaigns' }),
  });
}
