import type { Backends } from '../../backends';
import type { IdentityEventHandlers } from '../../events/identity-events';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { email, opaqueToken, password } from '../shared/fields';
import { withApiFieldNames } from '../shared/contract';
import { origin, SessionSchema, sessionJsonOf } from '../shared/identity';

export const SignUpRequestSchema = z
  .strictObject({
    agencyName: z.string().trim().min(2).max(120).openapi({ example: 'Northwind Marketing' }),
    name: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .openapi({ description: "The agency owner's name.", example: 'Ada Lovelace' }),
    email,
    password,
  })
  .openapi('SignUpRequest');

export const LoginRequestSchema = z.strictObject({ email, password }).openapi('LoginRequest');

export const RefreshRequestSchema = z
  .strictObject({ refreshToken: opaqueToken.openapi({ description: 'The refresh token of the last pair.' }) })
  .openapi('RefreshRequest');

export const PasswordResetRequestSchema = z.strictObject({ email }).openapi('PasswordResetRequest');

export const PasswordResetConfirmationSchema = z
  .strictObject({
    token: opaqueToken.openapi({ description: 'The token from the reset link.' }),
    password: password.openapi({ description: 'The new password.' }),
  })
  .openapi('PasswordResetConfirmation');

export const LoginUnlockRequestSchema = z
  .strictObject({ token: opaqueToken.openapi({ description: 'The token from the unlock link.' }) })
  .openapi('LoginUnlockRequest');

const WEAK_PASSWORD =
  'The password is too short or too common (`validation_failed`); `fields` names `password`.';

export function addAuthRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'identity'>,
  sessions: Pick<IdentityEventHandlers, 'sessionsRevoked'>,
): void {
  operations.add(
    {
      method: 'post',
      path: '/v1/auth/signup',
      operationId: 'signUp',
      tag: 'auth',
      summary: 'Sign up an agency',
      description:
        'Creates an agency with the caller as its owner and opens a session. Public. Passwords need at least ' +
        '10 characters and must not be a common password.',
      authenticated: false,
      issuesSecrets: true,
      rateLimited: true,
      body: SignUpRequestSchema,
      response: {
        status: 201,
        description: 'The agency exists and the owner is signed in.',
        schema: SessionSchema,
      },
      problems: { 409: 'The email address already has an identity (`email_in_use`).' },
    },
    async ({ body, req }) => sessionJsonOf(await backends.identity.SignUp({ ...body, ...origin(req) })),
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/auth/login',
      operationId: 'logIn',
      tag: 'auth',
      summary: 'Log in',
      description:
        'Checks an email and password and opens a session. Public. A wrong email and a wrong password answer ' +
        'the same. After five failures for an email from one client address, that address waits before each ' +
        'further attempt (1 minute, doubling up to 1 hour); 100 failures for an email from all addresses within ' +
        '24 hours lock it for 24 hours and mail its owner an unlock link. While an attempt must wait, even the ' +
        'right password answers `429`.',
      authenticated: false,
      issuesSecrets: true,
      rateLimited: true,
      body: LoginRequestSchema,
      response: { status: 200, description: 'Signed in.', schema: SessionSchema },
      problems: {
        401: 'The email or password is not correct (`invalid_credentials`).',
        429:
          'Too many failed attempts from this address or for this email (`account_locked`); `Retry-After` ' +
          'says for how long. The same whether or not the email exists and the password is right.',
      },
    },
    async ({ body, req }) => sessionJsonOf(await backends.identity.Login({ ...body, ...origin(req) })),
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/auth/refresh',
      operationId: 'refreshSession',
      tag: 'auth',
      summary: 'Exchange a refresh token',
      description:
        'Spends a refresh token for a new access and refresh token pair. Public. Each refresh token works ' +
        'once: presenting a spent one again ends every session of that login, as it means the token leaked.',
      authenticated: false,
      issuesSecrets: true,
      rateLimited: true,
      body: RefreshRequestSchema,
      response: { status: 200, description: 'The new token pair.', schema: SessionSchema },
      problems: { 401: 'The refresh token is unknown, spent, revoked or expired (`unauthenticated`).' },
    },
    async ({ body, req }) =>
      sessionJsonOf(await backends.identity.Refresh({ refreshToken: body.refreshToken, ...origin(req) })),
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/auth/logout',
      operationId: 'logOut',
      tag: 'auth',
      summary: 'Log out',
      description:
        "Ends the session of the caller's access token: its refresh token stops working and the access token " +
        'is refused from now on.',
      authenticated: true,
      personOnly: true,
      response: { status: 204, description: 'The session has ended.' },
    },
    async ({ actor }) => {
      await backends.identity.Logout({});
      // This replica refuses the token at once; the others when identity's session.revoked arrives.
      if (actor.sessionId !== undefined) sessions.sessionsRevoked([actor.sessionId], new Date());
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/auth/password-reset',
      operationId: 'requestPasswordReset',
      tag: 'auth',
      summary: 'Ask for a password reset link',
      description:
        'Emails a single-use link, valid for one hour, when the address has an identity. Public. Answers ' +
        'the same whether or not it has one, so nobody learns which addresses are registered.',
      authenticated: false,
      rateLimited: true,
      body: PasswordResetRequestSchema,
      response: { status: 202, description: 'If the address has an identity, a link is on its way.' },
    },
    async ({ body, req }) => {
      await backends.identity.RequestPasswordReset({ email: body.email, ...origin(req) });
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/auth/password-reset/confirm',
      operationId: 'confirmPasswordReset',
      tag: 'auth',
      summary: 'Set a new password with a reset link',
      description:
        "Spends the reset link's token and sets the new password. Public. Every session of the person ends.",
      authenticated: false,
      rateLimited: true,
      body: PasswordResetConfirmationSchema,
      response: { status: 204, description: 'The password is changed; sign in with it.' },
      problems: {
        400: WEAK_PASSWORD,
        410: 'The link is unknown, already used or expired (`invalid_token`).',
      },
    },
    async ({ body }) => {
      await withApiFieldNames(
        backends.identity.ConfirmPasswordReset({ token: body.token, newPassword: body.password }),
        { newPassword: 'password', new_password: 'password' },
      );
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/auth/unlock',
      operationId: 'unlockLogin',
      tag: 'auth',
      summary: 'Lift a login lock with an unlock link',
      description:
        "Spends the token of the unlock link mailed when an email's failed logins reached the ceiling, and " +
        'lifts every login limit on that email. Public. Each link works once, until the lock would have ended.',
      authenticated: false,
      rateLimited: true,
      body: LoginUnlockRequestSchema,
      response: { status: 204, description: 'The lock is lifted; sign in with the password.' },
      problems: { 410: 'The link is unknown, already used or expired (`invalid_token`).' },
    },
    async ({ body }) => {
      await backends.identity.UnlockLogin({ token: body.token });
    },
  );
}
