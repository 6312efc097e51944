import type { Implementation } from '@atrium/grpc';
import type { tenancy } from '@atrium/proto';
import { clientUserPayload } from '../client-users/client-user-fields';
import { createClientUser } from '../client-users/create-client-user';
import { inviteClientUser } from '../client-users/invite-client-user';
import { listClientUsers } from '../client-users/list-client-users';
import { makePrimaryClientUser } from '../client-users/make-primary';
import { discardClientUser, removeClientUser } from '../client-users/remove-client-user';
import { updateClientUser, type ClientUserPatch } from '../client-users/update-client-user';
import { cancelInvitation } from '../invitations/cancel-invitation';
import { listInvitations } from '../invitations/list-invitations';
import { resendInvitation } from '../invitations/resend-invitation';
import type { Db } from '../store/transaction';
import { invitationToProto } from './to-proto';

type ClientUserRpcs =
  | 'ListClientUsers'
  | 'CreateClientUser'
  | 'UpdateClientUser'
  | 'RemoveClientUser'
  | 'DiscardClientUser'
  | 'MakePrimaryClientUser'
  | 'InviteClientUser'
  | 'ListInvitations'
  | 'ResendInvitation'
  | 'CancelInvitation';

/** UpdateClientUser's request: only what it sets (proto3 presence). */
function clientUserPatchOf(request: tenancy.UpdateClientUserRequest__Output): ClientUserPatch {
  const patch: ClientUserPatch = {};
  for (const key of ['name', 'position', 'phone', 'role', 'status'] as const) {
    const value = request[key];
    if (value !== undefined && value !== null) patch[key] = value;
  }
  return patch;
}

/** gRPC handlers of client users and invitation management: proto in, one use case, proto out. */
export function clientUserHandlers(
  db: Db,
): Pick<Implementation<tenancy.TenancyServiceDefinition>, ClientUserRpcs> {
  return {
    ListClientUsers: async (request, call) => {
      const page = await listClientUsers(db, call.actor, request);
      return { clientUsers: page.clientUsers.map(clientUserPayload), nextCursor: page.nextCursor ?? '' };
    },
    CreateClientUser: async (request, call) => {
      const created = await createClientUser(db, call.actor, request);
      return {
        clientUser: clientUserPayload(created.clientUser),
        ...(created.invitation && { invitation: invitationToProto(created.invitation) }),
        invitationToken: created.invitationToken ?? '',
      };
    },
    UpdateClientUser: async (request, call) => ({
      clientUser: clientUserPayload(
        await updateClientUser(db, call.actor, {
          clientId: request.clientId,
          userId: request.userId,
          patch: clientUserPatchOf(request),
        }),
      ),
    }),
    RemoveClientUser: async (request, call) => {
      await removeClientUser(db, call.actor, request);
      return {};
    },
    DiscardClientUser: async (request, call) => {
      await discardClientUser(db, call.actor, request);
      return {};
    },
    MakePrimaryClientUser: async (request, call) => {
      const { primary, formerPrimary } = await makePrimaryClientUser(db, call.actor, request);
      return {
        primary: clientUserPayload(primary),
        ...(formerPrimary && { formerPrimary: clientUserPayload(formerPrimary) }),
      };
    },
    InviteClientUser: async (request, call) => ({
      invitation: invitationToProto(await inviteClientUser(db, call.actor, request)),
    }),
    ListInvitations: async (request, call) => {
      const page = await listInvitations(db, call.actor, request);
      return { invitations: page.invitations.map(invitationToProto), nextCursor: page.nextCursor ?? '' };
    },
    ResendInvitation: async (request, call) => ({
      invitation: invitationToProto(await resendInvitation(db, call.actor, request)),
    }),
    CancelInvitation: async (request, call) => ({
      invitation: invitationToProto(await cancelInvitation(db, call.actor, request)),
    }),
  };
}
