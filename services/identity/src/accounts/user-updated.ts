import { enqueueEvent } from '@atrium/events';
import { avatarUrl } from '../domain/avatar';
import { EVENT_SOURCE } from '../events/source';
import type { Tx } from '../store/transaction';
import type { UserRow } from '../store/users';

/** Records user.updated with the profile as it is now (the gateway drops its cached copy). */
export async function userUpdated(tx: Tx, user: UserRow): Promise<void> {
  await enqueueEvent(
    tx,
    {
      type: 'atrium.identity.v1.user.updated',
      subject: `users/${user.id}`,
      data: {
        userId: user.id,
        email: user.email,
        name: user.name,
        phone: user.phone,
        position: user.position,
        avatarUrl: avatarUrl(user.id, user.avatarEtag),
      },
    },
    EVENT_SOURCE,
  );
}
