import { Prisma } from '../generated/prisma/client';

/** A unique index refused the write (Prisma's P2002, whichever index, expression indexes included). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
