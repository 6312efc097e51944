import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import type { Tx } from '../store/transaction';

/** Records user.registered with the identity's creation (sign-up or invitation). */
export async function userRegistered(
  tx: Tx,
  user: { id: string; email: string; name: string },
  agencyId: string,
): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.identity.v1.user.registered',
      subject: `users/${user.id}`,
      data: { userId: user.id, email: user.email, name: user.name, agencyId },
    },
    EVENT_SOURCE,
  );
}

/** Prisma's code for a unique constraint violation: here, an email taken by a concurrent request. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
