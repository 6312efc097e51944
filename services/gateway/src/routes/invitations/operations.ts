import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { orNull, present } from '../shared/contract';
import { origin, SessionSchema, sessionJsonOf } from '../shared/identity';
import { listAnswer, opaqueToken, pageOf, password } from '../shared/fields';
import {
  invitationJsonOf,
  InvitationPageSchema,
  ListInvitationsQuerySchema,
  ManagedInvitationSchema,
} from '../shared/invitations';

export const AcceptInvitationRequestSchema = z
  .strictObject({
    token: opaqueToken.openapi({ description: 'The token from the invitation link.' }),
    name: z.string().trim().min(1).max(120).optional().openapi({
      description: "For a new identity: the person's name; defaults to the name on the invitation.",
    }),
    password: password.optional().openapi({
      description:
        'For a new identity: required, at least 10 characters and not a common password. Ignored when the ' +
        'email already has an identity, which keeps its own.',
    }),
  })
  .openapi('AcceptInvitationRequest');

export const AcceptedInvitationSchema = SessionSchema.extend({
  clientId: z
    .string()
    .nullable()
    .openapi({ description: 'The client account the invitation was for; null for an agency invitation.' }),
  role: z.string().openapi({
    description: 'The role received: `admin` or `member` in the agency, or a client role.',
    example: 'member',
  }),
}).openapi('AcceptedInvitation');

export function addInvitationRoutes(operations: OperationRouter, backends: Pick<Backends, 'identity'>): void {
  operations.add(
    {
      method: 'post',
      path: '/v1/invitations/accept',
      operationId: 'acceptInvitation',
      tag: 'auth',
      summary: 'Accept an invitation',
      description:
        'Spends an invitation link once: creates the identity (or, for an email that already has one, adds ' +
        'the role to it) and opens a session in the inviting agency. Public.',
      authenticated: false,
      issuesSecrets: true,
      rateLimited: true,
      body: AcceptInvitationRequestSchema,
      response: {
        status: 200,
        description: 'Signed in with the new role.',
        schema: AcceptedInvitationSchema,
      },
      problems: {
        400: 'A new identity needs a `password` that is long enough and not common (`validation_failed`).',
        410: 'The invitation is unknown, already accepted, cancelled or expired (`invalid_token`).',
      },
    },
    async ({ body, req }) => {
      const answer = await backends.identity.AcceptInvitation({
        token: body.token,
        name: body.name ?? '',
        password: body.password ?? '',
        ...origin(req),
      });
      return { ...sessionJsonOf(answer), clientId: orNull(answer.clientId), role: answer.role };
    },
  );
}

export const AgencyInvitationParamsSchema = z.strictObject({
  invitationId: z.uuid().openapi({ description: 'The invitation id.' }),
});

const NO_PENDING = 'No pending invitation with this id (`not_found`): unknown, accepted or cancelled.';

/** The agency's member invitations: list pending ones, resend (a new link), cancel (the link dies). */
export function addAgencyInvitationRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'tenancy'>,
): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/agency/invitations',
      operationId: 'listAgencyInvitations',
      tag: 'agency',
      summary: 'List pending member invitations',
      description:
        "The agency's pending member invitations, newest first; those whose link expired are listed with " +
        'status `expired`. Needs the `members:manage` permission.',
      authenticated: true,
      query: ListInvitationsQuerySchema,
      response: { status: 200, description: 'One page of invitations.', schema: InvitationPageSchema },
      problems: { 403: 'The caller lacks `members:manage` (`forbidden`).' },
    },
    async ({ query }) => {
      const page = await backends.tenancy.ListInvitations({
        clientId: '',
        ...pageOf(query),
      });
      return listAnswer(page.invitations, invitationJsonOf, page.nextCursor);
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/agency/invitations/{invitationId}/resend',
      operationId: 'resendAgencyInvitation',
      tag: 'agency',
      summary: 'Resend a member invitation',
      description:
        'Emails a new link, valid 7 days from now; the old link stops working at once. Works on expired ' +
        'invitations too, and sends one created with `sendInvitation: false` for the first time. Needs the ' +
        '`members:manage` permission.',
      authenticated: true,
      rateLimited: true,
      params: AgencyInvitationParamsSchema,
      response: {
        status: 200,
        description: 'The invitation with its new expiry.',
        schema: ManagedInvitationSchema,
      },
      problems: { 403: 'The caller lacks `members:manage` (`forbidden`).', 404: NO_PENDING },
    },
    async ({ params }) =>
      invitationJsonOf(
        present(
          (await backends.tenancy.ResendInvitation({ clientId: '', invitationId: params.invitationId }))
            .invitation,
          'invitation',
        ),
      ),
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/agency/invitations/{invitationId}',
      operationId: 'cancelAgencyInvitation',
      tag: 'agency',
      summary: 'Cancel a member invitation',
      description: 'Its link stops working at once. Needs the `members:manage` permission.',
      authenticated: true,
      params: AgencyInvitationParamsSchema,
      response: { status: 200, description: 'The cancelled invitation.', schema: ManagedInvitationSchema },
      problems: { 403: 'The caller lacks `members:manage` (`forbidden`).', 404: NO_PENDING },
    },
    async ({ params }) =>
      invitationJsonOf(
        present(
          (await backends.tenancy.CancelInvitation({ clientId: '', invitationId: params.invitationId }))
            .invitation,
          'invitation',
        ),
      ),
  );
}
