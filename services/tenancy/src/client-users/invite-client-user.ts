import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { inviteToClient } from '../invitations/client-invitation';
import { recordAudit } from '../store/audit';
import type { Invitation } from '../store/invitations';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { findUserOf, manageClientUsers } from './client-access';

/**
 * Emails an invited client user a new invitation (the "send later" of docs/product.md "People, roles and permissions"); an older link dies.
 * Someone who already joined, or was disabled, is not invited again.
 */
export async function inviteClientUser(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { clientId: string; userId: string },
): Promise<Invitation> {
  const actor = requireActor(actorOrNone);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const entry = await manageClientUsers(tx, actor, input.clientId);
    const clientUser = await findUserOf(tx, entry, input.userId);
    if (clientUser.status !== 'invited') {
      throw new DomainError(
        'conflict',
        `The user is ${clientUser.status}; only invited users get invitations.`,
        {
          fields: [{ field: 'userId', message: `is ${clientUser.status}` }],
        },
      );
    }
    const { invitation } = await inviteToClient(tx, actor, clientUser, { email: true });
    await recordAudit(tx, actor, {
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: invitation.id,
      clientId: clientUser.clientId,
      after: { email: invitation.email, role: invitation.role, clientUserId: clientUser.id },
    });
    return invitation;
  });
}
