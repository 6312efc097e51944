import type { Db, Tx } from './db';

// The avatar image is read only by GetAvatar; every other query leaves it in the table.
const WITHOUT_AVATAR = { avatar: true } as const;

export type UserRow = Awaited<ReturnType<typeof findUserById>> & {};

export function findUserById(db: Db | Tx, id: string) {
  return db.user.findUnique({ where: { id }, omit: WITHOUT_AVATAR });
}

export function findUserByEmail(db: Db | Tx, email: string) {
  return db.user.findUnique({ where: { email }, omit: WITHOUT_AVATAR });
}

export function createUser(
  db: Db | Tx,
  data: { id: string; email: string; name: string; passwordHash: string; defaultAgencyId: string },
) {
  return db.user.create({ data, omit: WITHOUT_AVATAR });
}

export function updateUser(
  db: Db | Tx,
  id: string,
  data: {
    name?: string;
    phone?: string;
    position?: string;
    passwordHash?: string;
    avatar?: Uint8Array<ArrayBuffer> | null;
    avatarContentType?: string | null;
    avatarEtag?: string | null;
  },
) {
  return db.user.update({ where: { id }, data, omit: WITHOUT_AVATAR });
}

export function findAvatar(db: Db | Tx, id: string) {
  return db.user.findUnique({
    where: { id },
    select: { avatar: true, avatarContentType: true, avatarEtag: true },
  });
}

/** Replaces the password hash only while it is still `current`, so a password changed meanwhile stays. */
export async function replacePasswordHash(
  db: Db | Tx,
  id: string,
  hashes: { current: string; replacement: string },
): Promise<void> {
  await db.user.updateMany({
    where: { id, passwordHash: hashes.current },
    data: { passwordHash: hashes.replacement },
  });
}
