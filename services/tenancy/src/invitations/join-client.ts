import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import { auditedFields, clientUserPayload } from '../client-users/client-user-fields';
import { EVENT_SOURCE } from '../events/source';
import { changedFields, recordAudit } from '../store/audit';
import {
  activateClientUser,
  findInvitedClientUser,
  violatedClientUserIndex,
  type ClientUser,
} from '../store/client-users';
import type { Invitation } from '../store/invitations';
import type { Tx } from '../store/transaction';
import { NO_INVITATION } from './resolve-invitation';
import { TENANCY_ERRORS } from '../domain/errors';

/**
 * The client half of a claim: the invited client user gets the identity and becomes active, and is
 * answered as it now is. The
 * invitation was pending, so its user still exists (deleting the user deletes its invitations) and has
 * not joined (a user is invited until then and cannot be disabled before).
 */
export async function joinClient(
  tx: Tx,
  invitation: Invitation,
  clientId: string,
  userId: string,
): Promise<ClientUser> {
  const before = invitation.clientUserId ? await findInvitedClientUser(tx, invitation.clientUserId) : null;
  if (!before) throw new DomainError('not_found', NO_INVITATION);
  const clientUser = await activateClientUser(tx, before.id, userId).catch((error: unknown) => {
    // The identity already is another user of this client (an email it no longer has).
    if (violatedClientUserIndex(error) === 'identity')
      throw new DomainError(TENANCY_ERRORS.email_in_use, 'This person already is a user of the client.');
    throw error;
  });
  const actor = { userId, agencyId: invitation.agencyId };
  const changes = changedFields(auditedFields(before), auditedFields(clientUser));
  const subject = `agencies/${invitation.agencyId}/clients/${clientId}`;
  await enqueueEvent(
    tx,
    {
      type: 'atrium.tenancy.v1.invitation.accepted',
      subject: `agencies/${invitation.agencyId}/invitations/${invitation.id}`,
      data: {
        invitationId: invitation.id,
        agencyId: invitation.agencyId,
        clientId,
        userId,
        role: clientUser.role,
      },
    },
    EVENT_SOURCE,
  );
  await enqueueEvent(
    tx,
    {
      type: 'atrium.tenancy.v1.client_user.updated',
      subject: `${subject}/users/${clientUser.id}`,
      data: {
        agencyId: invitation.agencyId,
        clientId,
        changedFields: Object.keys(changes.after),
        clientUser: clientUserPayload(clientUser),
        updatedBy: userId,
      },
    },
    EVENT_SOURCE,
  );
  await recordAudit(tx, actor, {
    action: 'invitation.accepted',
    targetType: 'invitation',
    targetId: invitation.id,
    clientId,
    after: { userId, role: clientUser.role, clientUserId: clientUser.id },
  });
  return clientUser;
}
