import { BUILT_IN_AGENCY_ROLES, type tenancy } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { TenancyEventHandlers } from '../../events/tenancy-events';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { dateTime } from '../shared/fields';
import { orNull, present } from '../shared/contract';

export const AgencyRoleSchema = z
  .object({
    id: z.string().openapi({ description: "The custom role's id, or the built-in role's name." }),
    name: z.string().openapi({ example: 'Account manager' }),
    description: z.string(),
    permissions: z.array(z.string()).openapi({
      description: 'Agency permissions of the catalogue (`GET /v1/permissions`), in catalogue order.',
      example: ['clients:create', 'clients:update'],
    }),
    builtIn: z.boolean().openapi({ description: 'Built-in roles cannot be changed or deleted.' }),
    memberCount: z.number().int().min(0).nullable().openapi({
      description: 'Members holding the custom role; null for built-in roles.',
    }),
    createdAt: dateTime.nullable().openapi({ description: 'null for built-in roles.' }),
    updatedAt: dateTime.nullable().openapi({ description: 'null for built-in roles.' }),
  })
  .openapi('AgencyRole');

const roleName = z.string().trim().min(2).max(60).openapi({ example: 'Account manager' });
const roleDescription = z.string().trim().max(500).openapi({ example: 'Looks after clients day to day' });
const permissionNames = z
  .array(z.string().min(1).max(64))
  .max(64)
  .openapi({ description: 'Agency permissions of the catalogue (`GET /v1/permissions`).' });

export const CreateAgencyRoleRequestSchema = z
  .strictObject({
    name: roleName,
    description: roleDescription.optional(),
    permissions: permissionNames,
  })
  .openapi('CreateAgencyRoleRequest');

export const UpdateAgencyRoleRequestSchema = z
  .strictObject({
    name: roleName.optional(),
    description: roleDescription.optional(),
    permissions: permissionNames.optional().openapi({ description: 'The whole new permission set.' }),
  })
  .refine((body) => Object.keys(body).length > 0, 'must set at least one of name, description, permissions')
  .openapi('UpdateAgencyRoleRequest');

/** Built-in names are accepted so that trying to change one says why it cannot be (409), not 400. */
export const RoleParamsSchema = z.strictObject({
  roleId: z.union([z.uuid(), z.enum(BUILT_IN_AGENCY_ROLES)]).openapi({
    description: "A custom role's id (a built-in role's name answers 409).",
  }),
});

export function roleJsonOf(role: tenancy.AgencyRole__Output): z.input<typeof AgencyRoleSchema> {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    permissions: role.permissions,
    builtIn: role.builtIn,
    memberCount: role.builtIn ? null : role.memberCount,
    createdAt: orNull(role.createdAt),
    updatedAt: orNull(role.updatedAt),
  };
}

const NEEDS_MEMBERS = 'The caller lacks `members:manage` (`forbidden`).';
const ROLE_PROBLEMS = {
  400:
    'A permission is not in the catalogue (`validation_failed` naming `permissions`), or the name is ' +
    "a built-in role's (naming `name`).",
  403: NEEDS_MEMBERS,
  409: 'The agency already has a role of this name, whatever the case (`conflict` naming `name`).',
};

export function addRoleRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'tenancy'>,
  invalidation: TenancyEventHandlers,
): void {
  /** This replica forgets at once what its members may do; the others when role.* arrives. */
  const forgetAgency = (agencyId: string | undefined) => {
    if (agencyId !== undefined) invalidation.agencyAccessChanged(agencyId);
  };

  operations.add(
    {
      method: 'get',
      path: '/v1/agency/roles',
      operationId: 'listAgencyRoles',
      tag: 'agency',
      summary: 'List agency roles',
      description:
        'The built-in roles (`owner`, `admin`, `member`; `builtIn: true`, not editable) with their permissions, ' +
        'then the custom roles of the agency by name, each with how many members hold it. Any member.',
      authenticated: true,
      response: {
        status: 200,
        description: 'Every role of the agency.',
        schema: z.object({ items: z.array(AgencyRoleSchema) }).openapi('AgencyRoleList'),
      },
    },
    async () => ({ items: (await backends.tenancy.ListAgencyRoles({})).roles.map(roleJsonOf) }),
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/agency/roles',
      operationId: 'createAgencyRole',
      tag: 'agency',
      summary: 'Create a custom role',
      description:
        'Defines a role as any set of agency permissions; give it to members with `PATCH ' +
        '/v1/agency/members/{userId}` `{"roleId": …}`. Needs the `members:manage` permission.',
      authenticated: true,
      body: CreateAgencyRoleRequestSchema,
      response: { status: 201, description: 'The new role.', schema: AgencyRoleSchema },
      problems: ROLE_PROBLEMS,
    },
    async ({ body }) => {
      const answer = await backends.tenancy.CreateAgencyRole({
        name: body.name,
        description: body.description ?? '',
        permissions: body.permissions,
      });
      return roleJsonOf(present(answer.role, 'role'));
    },
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/agency/roles/{roleId}',
      operationId: 'updateAgencyRole',
      tag: 'agency',
      summary: 'Change a custom role',
      description:
        'Changes the fields sent; `permissions` replaces the whole set. Members holding the role have the new ' +
        'permissions within a second on every replica. Needs the `members:manage` permission.',
      authenticated: true,
      params: RoleParamsSchema,
      body: UpdateAgencyRoleRequestSchema,
      response: { status: 200, description: 'The role as it is now.', schema: AgencyRoleSchema },
      problems: {
        ...ROLE_PROBLEMS,
        404: 'The agency has no such custom role (`not_found`).',
        409:
          'The agency already has a role of this name (`conflict` naming `name`), or `roleId` is a built-in ' +
          'role, which cannot be changed (`conflict` naming `roleId`).',
      },
    },
    async ({ actor, params, body }) => {
      const request: tenancy.UpdateAgencyRoleRequest = { roleId: params.roleId };
      if (body.name !== undefined) request.name = body.name;
      if (body.description !== undefined) request.description = body.description;
      if (body.permissions !== undefined) request.permissions = { permissions: body.permissions };
      const answer = await backends.tenancy.UpdateAgencyRole(request);
      forgetAgency(actor.agencyId);
      return roleJsonOf(present(answer.role, 'role'));
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/agency/roles/{roleId}',
      operationId: 'deleteAgencyRole',
      tag: 'agency',
      summary: 'Delete a custom role',
      description:
        'Removes a custom role that no member holds and no pending invitation offers. Needs the ' +
        '`members:manage` permission.',
      authenticated: true,
      params: RoleParamsSchema,
      response: { status: 204, description: 'The role is gone.' },
      problems: {
        403: NEEDS_MEMBERS,
        404: 'The agency has no such custom role (`not_found`).',
        409:
          'Members still hold the role or pending invitations offer it (`role_in_use`; the detail says how ' +
          'many), or `roleId` is a built-in role (`conflict` naming `roleId`).',
      },
    },
    async ({ actor, params }) => {
      await backends.tenancy.DeleteAgencyRole({ roleId: params.roleId });
      forgetAgency(actor.agencyId);
    },
  );
}
