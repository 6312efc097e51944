import { CLIENT_ROLES, CLIENT_USER_STATUSES } from '@atrium/proto';
import { z } from '../../openapi/zod';
import {
  ClientParamsSchema,
  cursorParam,
  dateTime,
  email,
  limitParam,
  nextCursor,
  password,
  phoneNumber,
} from '../shared/fields';

/** What the client-user routes take and answer; tenancy owns the rules behind each field. */
export const ClientUserSchema = z
  .object({
    id: z.uuid().openapi({ description: "The client user's id: the `userId` of the routes below." }),
    clientId: z.uuid(),
    name: z.string(),
    email: z.string().openapi({ format: 'email' }),
    position: z.string().nullable(),
    phone: z.string().nullable(),
    role: z.enum(CLIENT_ROLES).openapi({
      description: 'Exactly one `primary` per client; what each role may do is in `GET /v1/permissions`.',
    }),
    status: z.enum(CLIENT_USER_STATUSES).openapi({
      description: '`invited` until the person has an account; `disabled` users have no access.',
    }),
    createdAt: dateTime,
    updatedAt: dateTime,
    lastActivityAt: dateTime.nullable().openapi({ description: 'null until activity is tracked.' }),
  })
  .openapi('ClientUser');

const name = z.string().trim().min(1).max(120).openapi({ example: 'Dana Dentist' });
const position = z.string().trim().max(120).openapi({ example: 'Practice manager' });

export const CreateClientUserRequestSchema = z
  .strictObject({
    name,
    email,
    role: z.enum(CLIENT_ROLES).openapi({ description: 'One `primary` per client (`409 primary_exists`).' }),
    position: position.optional(),
    phone: phoneNumber().optional(),
    password: password.optional().openapi({
      description:
        'The initial password the agency sets (at least 10 characters, not a common one): the person can ' +
        'sign in at once and the user is `active`. Should the email already have an account, that account ' +
        'keeps its own password and simply gains the role; the answer is the same.',
    }),
    sendInvitation: z
      .boolean()
      .optional()
      .openapi({
        description:
          'Email the invitation now. Defaults to true without a password; with a password it must not be true. ' +
          'Without either, send it later with `POST /v1/clients/{id}/users/{userId}/invitations`.',
      }),
  })
  .refine((body) => !(body.password !== undefined && body.sendInvitation === true), {
    message: 'cannot be true when a password is set',
    path: ['sendInvitation'],
  })
  .openapi('CreateClientUserRequest');

export const UpdateClientUserRequestSchema = z
  .strictObject({
    name: name.optional(),
    position: position.nullable().optional().openapi({ description: 'null clears it.' }),
    phone: phoneNumber('null clears it.').nullable().optional(),
    role: z.enum(CLIENT_ROLES).exclude(['primary']).optional().openapi({
      description: 'The primary role changes only with make-primary; the primary itself cannot change role.',
    }),
    status: z.enum(CLIENT_USER_STATUSES).exclude(['invited']).optional().openapi({
      description:
        'A disabled user loses access at once. Neither the primary nor an invited user can change it.',
    }),
  })
  .refine((body) => Object.keys(body).length > 0, 'must set at least one field')
  .openapi('UpdateClientUserRequest');

export const ListClientUsersQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Case-insensitive search over name, email and position.' }),
  sort: z.enum(['name', 'createdAt', 'lastActivityAt']).default('name').openapi({
    description:
      'Names sort case-insensitively; ties break on the id. Users never active sort as the oldest.',
  }),
  order: z.enum(['asc', 'desc']).optional().openapi({
    description: 'Default: asc for name, desc for the others. A cursor keeps its sort and order.',
  }),
});

export const ClientUserPageSchema = z
  .object({ items: z.array(ClientUserSchema), nextCursor })
  .openapi('ClientUserPage');

export const PrimaryHandoverSchema = z
  .object({
    primary: ClientUserSchema,
    formerPrimary: ClientUserSchema.nullable().openapi({
      description: 'Now an administrator; null when the user already was the primary or there was none.',
    }),
  })
  .openapi('PrimaryHandover');

export const ClientUserParamsSchema = ClientParamsSchema.extend({
  userId: z.uuid().openapi({ description: 'The client user id.' }),
});

export const ClientInvitationParamsSchema = ClientParamsSchema.extend({
  invitationId: z.uuid().openapi({ description: 'The invitation id.' }),
});
