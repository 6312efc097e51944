import type { Request } from 'express';
import type { identity } from '@atrium/proto';
import type { Backends } from '../backends';
import type { OperationRouter } from '../http/operations';
import { z } from '../openapi/zod';
import { present } from './contract';

const email = z
  .string()
  .trim()
  .toLowerCase()
  .check(z.email())
  .max(254)
  .openapi({ description: 'Compared case-insensitively; stored lower-cased.', example: 'ada@example.com' });

// Strength rules (length, common passwords) belong to identity; the gateway only bounds the size.
const password = z.string().min(1).max(1024).openapi({ example: 'correct horse battery staple' });

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

export const UserSchema = z
  .object({ id: z.string(), email: z.string().openapi({ format: 'email' }), name: z.string() })
  .openapi('User');

export const AgencyRefSchema = z.object({ id: z.string(), name: z.string() }).openapi('AgencyRef');

export const SessionSchema = z
  .object({
    accessToken: z
      .string()
      .openapi({ description: 'A JWT to send as `Authorization: Bearer <accessToken>`.' }),
    refreshToken: z.string().openapi({ description: 'Opaque; exchanges for a new token pair.' }),
    expiresIn: z
      .number()
      .int()
      .openapi({ description: 'Seconds until the access token expires.', example: 900 }),
    user: UserSchema,
    agency: AgencyRefSchema,
  })
  .openapi('Session');

type Session = z.input<typeof SessionSchema>;

function sessionOf(answer: identity.SignUpResponse__Output | identity.LoginResponse__Output): Session {
  const tokens = present(answer.tokens, 'tokens');
  const user = present(answer.user, 'user');
  const agency = present(answer.agency, 'agency');
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresIn: tokens.expiresIn,
    user: { id: user.id, email: user.email, name: user.name },
    agency: { id: agency.id, name: agency.name },
  };
}

/** Where the session is opened from, for the user's session list. */
function origin(req: Request): { userAgent: string; ip: string } {
  return { userAgent: req.get('user-agent') ?? '', ip: req.ip ?? '' };
}

export function addAuthRoutes(operations: OperationRouter, backends: Pick<Backends, 'identity'>): void {
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
      body: SignUpRequestSchema,
      response: {
        status: 201,
        description: 'The agency exists and the owner is signed in.',
        schema: SessionSchema,
      },
      problems: {
        409: 'The email address already has an identity (`email_in_use`).',
        429: 'Too many attempts (`rate_limited`).',
      },
    },
    async ({ body, req }) => sessionOf(await backends.identity.SignUp({ ...body, ...origin(req) })),
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
        'the same; five failures within 15 minutes lock the account for 15 minutes.',
      authenticated: false,
      body: LoginRequestSchema,
      response: { status: 200, description: 'Signed in.', schema: SessionSchema },
      problems: {
        401: 'The email or password is not correct (`invalid_credentials`).',
        429: 'The account is locked or the caller sent too many attempts (`account_locked`, `rate_limited`); see `Retry-After`.',
      },
    },
    async ({ body, req }) => sessionOf(await backends.identity.Login({ ...body, ...origin(req) })),
  );
}
