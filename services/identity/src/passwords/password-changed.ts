import { enqueueEvent } from '@atrium/events';
import { EVENT_SOURCE } from '../events/source';
import type { Tx } from '../store/transaction';

/** Records password.changed: "changed" with the old password, "reset" through a reset link. */
export async function passwordChanged(
  tx: Tx,
  user: { id: string; email: string },
  reason: 'changed' | 'reset',
): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.identity.v1.password.changed',
      subject: `users/${user.id}`,
      data: { userId: user.id, email: user.email, reason },
    },
    EVENT_SOURCE,
  );
}
