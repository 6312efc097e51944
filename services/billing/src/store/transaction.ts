/**
 * The database and transaction handles use cases pass on to store functions. Only store/ and the
 * wiring (app.ts) import db.ts and the generated Prisma client; everything else takes these from here.
 */
export type { Db, Tx } from './db';
