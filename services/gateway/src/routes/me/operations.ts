import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { AVATAR_MAX_BYTES, AVATAR_TYPES, phoneNumber } from '../shared/fields';
import { accessKey, type GatewayState } from '../../state';
import { present } from '../shared/contract';
import { AgencyRefSchema, UserSchema, userJsonOf } from '../shared/identity';

export const MeSchema = z
  .object({
    user: UserSchema,
    agency: AgencyRefSchema,
    role: z.string().openapi({
      description: '`owner`, `admin`, `member`, or `custom` for a custom role (named in `customRole`).',
      example: 'owner',
    }),
    customRole: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: 'The custom role the caller holds in the agency; null for a built-in role.' }),
    permissions: z.array(z.string()).openapi({ example: ['clients:create', 'clients:read_all'] }),
    clients: z
      .array(
        z.object({
          clientId: z.string(),
          role: z.string().openapi({ example: 'designer' }),
          permissions: z.array(z.string()).openapi({ example: ['templates:write'] }),
        }),
      )
      .openapi({
        description:
          "The caller's roles as a user of the agency's client accounts, with the client permissions each " +
          'holds. A person who is only a client user has role `client_user` and no agency permissions.',
      }),
  })
  .openapi('Me');

/** null clears the field. */
const clearable = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

export const UpdateMeRequestSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120).optional(),
    phone: phoneNumber('null clears it.').nullable().optional(),
    position: clearable(120).openapi({
      description: 'Job title; null clears it.',
      example: 'Account director',
    }),
  })
  .refine((body) => Object.keys(body).length > 0, 'must set at least one of name, phone, position')
  .openapi('UpdateMeRequest');

export function addMeRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'identity' | 'tenancy'>,
  state: Pick<GatewayState, 'profiles' | 'access'>,
): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/me',
      operationId: 'getMe',
      tag: 'me',
      summary: 'Who am I',
      description: "The caller's profile, agency, role and permissions in that agency.",
      authenticated: true,
      personOnly: true,
      response: { status: 200, description: 'The caller.', schema: MeSchema },
    },
    async ({ actor }) => {
      const { userId } = actor;
      const agencyId = present(actor.agencyId, 'the agency of the access token');
      // Both answers are cached (profile 30 s or until user.updated, access 30 s or until tenancy's member
      // or agency events): the hot path of every client's start-up makes no backend call once warm.
      const [user, access] = await Promise.all([
        state.profiles.get(userId, async () =>
          present((await backends.identity.GetUser({ userId })).user, 'user'),
        ),
        state.access.get(accessKey(userId, agencyId), () => backends.tenancy.GetAccess({ userId, agencyId })),
      ]);
      const agency = present(access.agency, 'agency');
      return {
        user: userJsonOf(user),
        agency: { id: agency.id, name: agency.name },
        role: access.role,
        customRole: access.customRole ? { id: access.customRole.id, name: access.customRole.name } : null,
        permissions: access.permissions,
        clients: access.clients.map(({ clientId, role, permissions }) => ({ clientId, role, permissions })),
      };
    },
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/me',
      operationId: 'updateMe',
      tag: 'me',
      summary: 'Change my profile',
      description: 'Changes the fields sent and leaves the others; `null` clears phone or position.',
      authenticated: true,
      personOnly: true,
      body: UpdateMeRequestSchema,
      response: { status: 200, description: 'The profile as it is now.', schema: UserSchema },
    },
    async ({ actor, body }) => {
      const request: { name?: string; phone?: string; position?: string } = {};
      if (body.name !== undefined) request.name = body.name;
      if (body.phone !== undefined) request.phone = body.phone ?? '';
      if (body.position !== undefined) request.position = body.position ?? '';
      const user = present((await backends.identity.UpdateUser(request)).user, 'user');
      state.profiles.set(actor.userId, user);
      return userJsonOf(user);
    },
  );

  operations.add(
    {
      method: 'put',
      path: '/v1/me/avatar',
      operationId: 'setMyAvatar',
      tag: 'me',
      summary: 'Upload my avatar',
      description:
        'Replaces the avatar with the image in the body: a JPEG or PNG of at most 1 MiB, sent as is with its ' +
        'Content-Type. The content must be the declared type; a file name counts for nothing.',
      authenticated: true,
      personOnly: true,
      upload: {
        contentTypes: AVATAR_TYPES,
        maxBytes: AVATAR_MAX_BYTES,
        description: 'The image bytes.',
      },
      response: { status: 200, description: 'The profile with its new `avatarUrl`.', schema: UserSchema },
      problems: { 422: 'The content is not a JPEG or PNG of the declared type (`invalid_image`).' },
    },
    async ({ actor, upload }) => {
      const answer = await backends.identity.SetAvatar({
        contentType: upload.contentType,
        data: upload.data,
      });
      const user = present(answer.user, 'user');
      state.profiles.set(actor.userId, user);
      return userJsonOf(user);
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/me/avatar',
      operationId: 'removeMyAvatar',
      tag: 'me',
      summary: 'Remove my avatar',
      description: 'Deletes the avatar; `avatarUrl` becomes null.',
      authenticated: true,
      personOnly: true,
      response: { status: 200, description: 'The profile without an avatar.', schema: UserSchema },
    },
    async ({ actor }) => {
      const user = present((await backends.identity.RemoveAvatar({})).user, 'user');
      state.profiles.set(actor.userId, user);
      return userJsonOf(user);
    },
  );
}
