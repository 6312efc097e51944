import { DomainError, problemFromGrpcError } from '@atrium/grpc';
import type { identity } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { IdentityEventHandlers } from '../../events/identity-events';
import type { OperationRouter } from '../../http/operations';
import { isGrpcError } from '../../http/problems';
import { z } from '../../openapi/zod';
import { dateTime, password } from '../shared/fields';
import { orNull, withApiFieldNames } from '../shared/contract';

export const ActiveSessionSchema = z
  .object({
    id: z.string(),
    userAgent: z.string().nullable().openapi({ description: 'The device or browser it was opened from.' }),
    ip: z.string().nullable().openapi({ description: 'The address it was opened from.' }),
    createdAt: dateTime,
    lastUsedAt: dateTime.openapi({ description: 'When its refresh token was last exchanged.' }),
    expiresAt: dateTime,
    current: z.boolean().openapi({ description: "The session of this request's access token." }),
  })
  .openapi('ActiveSession');

export const ActiveSessionListSchema = z
  .object({ items: z.array(ActiveSessionSchema) })
  .openapi('ActiveSessionList');

export const SessionIdParamsSchema = z.strictObject({
  id: z.uuid().openapi({ description: 'The session id.' }),
});

export const ChangePasswordRequestSchema = z
  .strictObject({ currentPassword: password, newPassword: password })
  .openapi('ChangePasswordRequest');

function sessionJsonOf(session: identity.Session__Output): z.input<typeof ActiveSessionSchema> {
  return {
    id: session.id,
    userAgent: orNull(session.userAgent),
    ip: orNull(session.ip),
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    expiresAt: session.expiresAt,
    current: session.current,
  };
}

/**
 * A wrong current password is a mistake in the form, not in the request's credentials: answering 401
 * would tell clients their access token is bad and make them sign out.
 */
async function checkingCurrentPassword<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    const code =
      error instanceof DomainError
        ? error.code
        : isGrpcError(error)
          ? problemFromGrpcError(error).code
          : undefined;
    if (code === 'invalid_credentials') {
      throw new DomainError('validation_failed', 'The current password is not correct.', {
        fields: [{ field: 'currentPassword', message: 'is not correct' }],
      });
    }
    throw error;
  }
}

export function addSessionRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'identity'>,
  sessions: Pick<IdentityEventHandlers, 'sessionsRevoked'>,
): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/me/sessions',
      operationId: 'listMySessions',
      tag: 'me',
      summary: 'List my sessions',
      description: "The caller's signed-in devices, newest first; `current` marks this request's own.",
      authenticated: true,
      personOnly: true,
      response: { status: 200, description: 'Every open session.', schema: ActiveSessionListSchema },
    },
    async () => {
      const answer = await backends.identity.ListSessions({});
      return { items: answer.sessions.map(sessionJsonOf) };
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/me/sessions/{id}',
      operationId: 'revokeMySession',
      tag: 'me',
      summary: 'End one of my sessions',
      description:
        'Signs a device out: its refresh token stops working and its access token is refused from now on.',
      authenticated: true,
      personOnly: true,
      params: SessionIdParamsSchema,
      response: { status: 204, description: 'The session has ended.' },
      problems: { 404: 'The caller has no such session (`not_found`).' },
    },
    async ({ params }) => {
      await backends.identity.RevokeSession({ sessionId: params.id });
      // This replica refuses its tokens at once; the others when identity's session.revoked arrives.
      sessions.sessionsRevoked([params.id], new Date());
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/me/password',
      operationId: 'changeMyPassword',
      tag: 'me',
      summary: 'Change my password',
      description:
        'Checks the current password and sets the new one. Every other session ends; this one stays.',
      authenticated: true,
      personOnly: true,
      body: ChangePasswordRequestSchema,
      response: { status: 204, description: 'The password is changed.' },
      problems: {
        400: 'The current password is not correct, or the new one is too short or too common (`validation_failed`).',
      },
    },
    async ({ body }) => {
      await checkingCurrentPassword(
        withApiFieldNames(
          backends.identity.ChangePassword({
            currentPassword: body.currentPassword,
            newPassword: body.newPassword,
          }),
          { current_password: 'currentPassword', new_password: 'newPassword' },
        ),
      );
    },
  );
}
