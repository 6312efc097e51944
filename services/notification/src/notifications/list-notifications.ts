import { decodeCursor, pageOf, pageSize } from '@atrium/db';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import type { Notification } from '../generated/prisma/client';
import type { Db } from '../store/db';

export interface ListNotificationsInput {
  limit: number;
  cursor: string;
  unreadOnly: boolean;
}

/** The caller's notifications in the agency it acts in, newest first. */
export async function listNotifications(
  db: Db,
  actor: Actor | undefined,
  input: ListNotificationsInput,
): Promise<{ notifications: Notification[]; nextCursor: string | null }> {
  if (!actor?.userId || !actor.agencyId)
    throw new DomainError('unauthenticated', 'The call carries no acting identity.');
  const limit = pageSize(input.limit);
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await db.notification.findMany({
    where: {
      userId: actor.userId,
      agencyId: actor.agencyId,
      ...(input.unreadOnly ? { readAt: null } : {}),
      ...(after
        ? {
            OR: [
              { createdAt: { lt: new Date(after.createdAt) } },
              { createdAt: new Date(after.createdAt), id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
  });
  const { items, nextCursor } = pageOf(rows, limit);
  return { notifications: items, nextCursor };
}
