import type { Request } from 'express';
import type { identity } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { orNull, present } from './contract';
import { dateTime } from './fields';

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string().openapi({ format: 'email' }),
    name: z.string(),
    phone: z.string().nullable(),
    position: z.string().nullable().openapi({ description: 'Job title.' }),
    avatarUrl: z.string().nullable().openapi({
      description: 'Where to GET the avatar image; changes whenever the image does. null without one.',
      example: '/v1/users/0b9f4a56-2d5e-4c1b-9a57-1f0e6f7f1a11/avatar?v=3',
    }),
    createdAt: dateTime,
  })
  .openapi('User');

export const AgencyRefSchema = z.object({ id: z.string(), name: z.string() }).openapi('AgencyRef');

export const SessionSchema = z
  .object({
    accessToken: z
      .string()
      .openapi({ description: 'A JWT to send as `Authorization: Bearer <accessToken>`.' }),
    refreshToken: z
      .string()
      .openapi({ description: 'Opaque; exchanges once for a new token pair at /v1/auth/refresh.' }),
    expiresIn: z
      .number()
      .int()
      .openapi({ description: 'Seconds until the access token expires.', example: 900 }),
    user: UserSchema,
    agency: AgencyRefSchema,
  })
  .openapi('Session');

export type UserJson = z.input<typeof UserSchema>;
export type SessionJson = z.input<typeof SessionSchema>;

export function userJsonOf(user: identity.User__Output): UserJson {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: orNull(user.phone),
    position: orNull(user.position),
    avatarUrl: orNull(user.avatarUrl),
    createdAt: user.createdAt,
  };
}

/** A backend answer that opens a session: sign-up, login, refresh, invitation acceptance. */
interface SessionAnswer {
  tokens: identity.TokenPair__Output | null;
  user: identity.User__Output | null;
  agency: identity.AgencyRef__Output | null;
}

export function sessionJsonOf(answer: SessionAnswer): SessionJson {
  const tokens = present(answer.tokens, 'tokens');
  const agency = present(answer.agency, 'agency');
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresIn: tokens.expiresIn,
    user: userJsonOf(present(answer.user, 'user')),
    agency: { id: agency.id, name: agency.name },
  };
}

/** Where a session is opened from, for the user's session list. */
export function origin(req: Request): { userAgent: string; ip: string } {
  return { userAgent: req.get('user-agent') ?? '', ip: req.ip ?? '' };
}
