import type { Backends } from '../backends';
import type { OperationRouter } from '../http/operations';
import { z } from '../openapi/zod';
import { opaqueToken, password } from './auth';
import { orNull } from './contract';
import { origin, SessionSchema, sessionJsonOf } from './identity.mapper';

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
