import type { tenancy } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { TenancyEventHandlers } from '../../events/tenancy-events';
import type { OperationRouter } from '../../http/operations';
import { ClientParamsSchema, listAnswer, pageOf } from '../shared/fields';
import { present } from '../shared/contract';
import {
  invitationJsonOf,
  InvitationPageSchema,
  ListInvitationsQuerySchema,
  ManagedInvitationSchema,
} from '../shared/invitations';
import { clientUserJsonOf } from './mapper';
import {
  ClientInvitationParamsSchema,
  ClientUserPageSchema,
  ClientUserParamsSchema,
  ClientUserSchema,
  CreateClientUserRequestSchema,
  ListClientUsersQuerySchema,
  PrimaryHandoverSchema,
  UpdateClientUserRequestSchema,
} from './schemas';

const CLIENT_GONE = {
  404: 'The agency has no such client or client user, or the caller may not enter the client (`not_found`).',
  410: 'The client is being deleted (`client_deleted`).',
};
const MANAGERS =
  'Needs an agency user who may enter the client and holds `clients:update`, or a user of the client whose ' +
  'role holds `users:manage` (the primary).';
const NOT_A_MANAGER = 'The caller may enter the client but may not manage its users (`forbidden`).';
const NO_PENDING = 'No pending invitation of this client with this id (`not_found`).';

export interface ClientUserRouteDeps {
  backends: Pick<Backends, 'tenancy' | 'identity'>;
  invalidation: TenancyEventHandlers;
}

/** A client's users (docs/product.md "Client roles") and their invitations. */
export function addClientUserRoutes(operations: OperationRouter, deps: ClientUserRouteDeps): void {
  const { backends, invalidation } = deps;
  /** This replica forgets at once what it cached of the person; the others when tenancy's event arrives. */
  const forgetAccess = (user: tenancy.ClientUser__Output | null | undefined) => {
    if (user?.identityUserId) invalidation.accessChanged(user.agencyId, [user.identityUserId]);
  };

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/users',
      operationId: 'listClientUsers',
      tag: 'client users',
      summary: "List a client's users",
      description:
        "The client account's users, searched and sorted, one page at a time. Anyone who may enter the client: " +
        'its agency users and its own active users, whatever their role.',
      authenticated: true,
      params: ClientParamsSchema,
      query: ListClientUsersQuerySchema,
      response: { status: 200, description: 'One page of client users.', schema: ClientUserPageSchema },
      problems: CLIENT_GONE,
    },
    async ({ params, query }) => {
      const page = await backends.tenancy.ListClientUsers({
        clientId: params.id,
        ...pageOf(query),
        query: query.q ?? '',
        sort: query.sort,
        order: query.order ?? '',
      });
      return listAnswer(page.clientUsers, clientUserJsonOf, page.nextCursor);
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/users',
      operationId: 'createClientUser',
      tag: 'client users',
      summary: 'Add a client user',
      description:
        'Adds a person to the client account with a client role, and either sets their initial password ' +
        '(`password`: the user is `active` and signs in with it) or invites them by email (`sendInvitation`, ' +
        `the default without a password: the user is \`invited\` until they accept). ${MANAGERS}`,
      authenticated: true,
      params: ClientParamsSchema,
      body: CreateClientUserRequestSchema,
      response: { status: 201, description: 'The client user.', schema: ClientUserSchema },
      problems: {
        ...CLIENT_GONE,
        400: 'A `password` that is too short or too common (`validation_failed` naming `password`); nothing is created.',
        403: NOT_A_MANAGER,
        409:
          'The client already has a primary user (`primary_exists`), or one of its users has the email ' +
          '(`email_in_use`).',
      },
    },
    async ({ params, body }) => {
      const fields = {
        clientId: params.id,
        name: body.name,
        email: body.email,
        role: body.role,
        position: body.position ?? '',
        phone: body.phone ?? '',
      };
      if (body.password === undefined) {
        const created = await backends.tenancy.CreateClientUser({
          ...fields,
          sendInvitation: body.sendInvitation ?? true,
        });
        return clientUserJsonOf(present(created.clientUser, 'clientUser'));
      }
      // Identity has tenancy create the user, gives the person their identity, and takes the user back
      // when that fails (protos: CreateClientUserWithPassword), so nothing half-created remains.
      const created = await backends.identity.CreateClientUserWithPassword({
        ...fields,
        password: body.password,
      });
      const clientUser = present(created.clientUser, 'clientUser');
      // An identity the email already had gained a role: this replica forgets its cached access now.
      forgetAccess(clientUser);
      return clientUserJsonOf(clientUser);
    },
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/clients/{id}/users/{userId}',
      operationId: 'updateClientUser',
      tag: 'client users',
      summary: 'Change a client user',
      description: `Changes the fields sent. A role or status change takes effect within seconds. ${MANAGERS}`,
      authenticated: true,
      params: ClientUserParamsSchema,
      body: UpdateClientUserRequestSchema,
      response: { status: 200, description: 'The client user as it is now.', schema: ClientUserSchema },
      problems: {
        ...CLIENT_GONE,
        400: '`role` is `primary`: use make-primary (`validation_failed` naming `role`).',
        403: NOT_A_MANAGER,
        409:
          'The user is the primary, whose role and status do not change here, or is still invited (`conflict` ' +
          'naming `role` or `status`).',
      },
    },
    async ({ params, body }) => {
      const request: tenancy.UpdateClientUserRequest = { clientId: params.id, userId: params.userId };
      if (body.name !== undefined) request.name = body.name;
      if (body.position !== undefined) request.position = body.position ?? '';
      if (body.phone !== undefined) request.phone = body.phone ?? '';
      if (body.role !== undefined) request.role = body.role;
      if (body.status !== undefined) request.status = body.status;
      const clientUser = present((await backends.tenancy.UpdateClientUser(request)).clientUser, 'clientUser');
      forgetAccess(clientUser);
      return clientUserJsonOf(clientUser);
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/clients/{id}/users/{userId}',
      operationId: 'removeClientUser',
      tag: 'client users',
      summary: 'Remove a client user',
      description: `Removes the person from the client account; a pending invitation link dies with them. ${MANAGERS}`,
      authenticated: true,
      params: ClientUserParamsSchema,
      response: { status: 204, description: 'The user is gone.' },
      problems: {
        ...CLIENT_GONE,
        403: NOT_A_MANAGER,
        409: 'The user is the primary: hand the role over first (`conflict` naming `userId`).',
      },
    },
    async ({ params }) => {
      await backends.tenancy.RemoveClientUser({ clientId: params.id, userId: params.userId });
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/users/{userId}/make-primary',
      operationId: 'makePrimaryClientUser',
      tag: 'client users',
      summary: 'Hand the primary role over',
      description: `Makes the user the client's primary user; the former primary becomes an administrator. ${MANAGERS}`,
      authenticated: true,
      params: ClientUserParamsSchema,
      response: {
        status: 200,
        description: 'The new and the former primary.',
        schema: PrimaryHandoverSchema,
      },
      problems: {
        ...CLIENT_GONE,
        403: NOT_A_MANAGER,
        409: 'The user is disabled (`conflict` naming `userId`).',
      },
    },
    async ({ params }) => {
      const answer = await backends.tenancy.MakePrimaryClientUser({
        clientId: params.id,
        userId: params.userId,
      });
      forgetAccess(answer.primary);
      forgetAccess(answer.formerPrimary);
      return {
        primary: clientUserJsonOf(present(answer.primary, 'primary')),
        formerPrimary: answer.formerPrimary ? clientUserJsonOf(answer.formerPrimary) : null,
      };
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/users/{userId}/invitations',
      operationId: 'inviteClientUser',
      tag: 'client users',
      summary: 'Send a client user an invitation',
      description: `Emails an invited user a new link valid for 7 days; an older link stops working. ${MANAGERS}`,
      authenticated: true,
      rateLimited: true,
      params: ClientUserParamsSchema,
      response: { status: 201, description: 'The pending invitation.', schema: ManagedInvitationSchema },
      problems: {
        ...CLIENT_GONE,
        403: NOT_A_MANAGER,
        409: 'The user already joined or is disabled (`conflict` naming `userId`).',
      },
    },
    async ({ params }) =>
      invitationJsonOf(
        present(
          (await backends.tenancy.InviteClientUser({ clientId: params.id, userId: params.userId }))
            .invitation,
          'invitation',
        ),
      ),
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/invitations',
      operationId: 'listClientInvitations',
      tag: 'client users',
      summary: "List a client's pending invitations",
      description:
        'Pending invitations of the client, newest first; those whose link expired are listed with status ' +
        `\`expired\`. ${MANAGERS}`,
      authenticated: true,
      params: ClientParamsSchema,
      query: ListInvitationsQuerySchema,
      response: { status: 200, description: 'One page of invitations.', schema: InvitationPageSchema },
      problems: { ...CLIENT_GONE, 403: NOT_A_MANAGER },
    },
    async ({ params, query }) => {
      const page = await backends.tenancy.ListInvitations({
        clientId: params.id,
        ...pageOf(query),
      });
      return listAnswer(page.invitations, invitationJsonOf, page.nextCursor);
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/invitations/{invitationId}/resend',
      operationId: 'resendClientInvitation',
      tag: 'client users',
      summary: 'Resend a client invitation',
      description:
        'Emails a new link, valid 7 days from now; the old link stops working at once. Works on expired ' +
        `invitations too. ${MANAGERS}`,
      authenticated: true,
      rateLimited: true,
      params: ClientInvitationParamsSchema,
      response: {
        status: 200,
        description: 'The invitation with its new expiry.',
        schema: ManagedInvitationSchema,
      },
      problems: { ...CLIENT_GONE, 403: NOT_A_MANAGER, 404: NO_PENDING },
    },
    async ({ params }) =>
      invitationJsonOf(
        present(
          (
            await backends.tenancy.ResendInvitation({
              clientId: params.id,
              invitationId: params.invitationId,
            })
          ).invitation,
          'invitation',
        ),
      ),
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/clients/{id}/invitations/{invitationId}',
      operationId: 'cancelClientInvitation',
      tag: 'client users',
      summary: 'Cancel a client invitation',
      description:
        'Its link stops working at once. The client user stays `invited`, without a link: invite them again ' +
        `or remove them. ${MANAGERS}`,
      authenticated: true,
      params: ClientInvitationParamsSchema,
      response: { status: 200, description: 'The cancelled invitation.', schema: ManagedInvitationSchema },
      problems: { ...CLIENT_GONE, 403: NOT_A_MANAGER, 404: NO_PENDING },
    },
    async ({ params }) =>
      invitationJsonOf(
        present(
          (
            await backends.tenancy.CancelInvitation({
              clientId: params.id,
              invitationId: params.invitationId,
            })
          ).invitation,
          'invitation',
        ),
      ),
  );
}
