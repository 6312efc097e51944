import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { findPrimaryUser, lockClientUsers, setClientUserRole, type ClientUser } from '../store/client-users';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { findUserOf, manageClientUsers } from './client-access';
import { clientUserPayload } from './client-user-fields';

export interface PrimaryHandover {
  primary: ClientUser;
  /** Now an administrator; null when the client had no primary or the user already was it. */
  formerPrimary: ClientUser | null;
}

/**
 * Hands the primary role to another user of the client in one transaction: the former primary becomes
 * an administrator first, so the one-primary index holds at every step. Handovers of one client are
 * serialised, so two at once end with exactly one primary, the later one's.
 */
export async function makePrimaryClientUser(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { clientId: string; userId: string },
): Promise<PrimaryHandover> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const entry = await manageClientUsers(tx, actor, input.clientId);
    await lockClientUsers(tx, entry.client.id);
    const target = await findUserOf(tx, entry, input.userId);
    if (target.role === 'primary') return { primary: target, formerPrimary: null };
    if (target.status === 'disabled') {
      throw new DomainError('conflict', 'A disabled user cannot become the primary user.', {
        fields: [{ field: 'userId', message: 'is disabled' }],
      });
    }
    const current = await findPrimaryUser(tx, entry.client.id);
    const formerPrimary = current ? await setClientUserRole(tx, current.id, 'administrator') : null;
    const primary = await setClientUserRole(tx, target.id, 'primary');
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.client_user.primary_changed',
        subject: `agencies/${actor.agencyId}/clients/${entry.client.id}/users/${primary.id}`,
        data: {
          agencyId: actor.agencyId,
          clientId: entry.client.id,
          primary: clientUserPayload(primary),
          ...(formerPrimary && { formerPrimary: clientUserPayload(formerPrimary) }),
          changedBy: actor.apiKeyId ?? actor.userId,
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'client_user.primary_changed',
      targetType: 'client_user',
      targetId: primary.id,
      clientId: entry.client.id,
      before: { primaryUserId: current?.id ?? null, role: target.role },
      after: { primaryUserId: primary.id, role: 'primary' },
    });
    return { primary, formerPrimary };
  });
}
