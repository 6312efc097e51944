import { AGENCY_ROLE_KINDS, BUILT_IN_AGENCY_ROLES, type tenancy } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import type { TenancyEventHandlers } from '../../events/tenancy-events';
import { MemberSchema } from './mapper';
import { oneOf, present } from '../shared/contract';
import { cursorParam, email, limitParam, listAnswer, nextCursor, pageOf } from '../shared/fields';
import { invitationBaseJsonOf, InvitationSchema } from '../shared/invitations';

/** A built-in role by name or a custom role by id: exactly one. */
const roleFields = {
  role: z
    .enum(BUILT_IN_AGENCY_ROLES)
    .exclude(['owner'])
    .optional()
    .openapi({ description: 'A built-in role; leave out when `roleId` names a custom role.' }),
  roleId: z
    .uuid()
    .optional()
    .openapi({ description: 'A custom role of the agency (`GET /v1/agency/roles`); leave out with `role`.' }),
};

function exactlyOneRole(
  body: { role?: string | undefined; roleId?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if ((body.role === undefined) === (body.roleId === undefined))
    ctx.addIssue({ code: 'custom', path: ['role'], message: 'set exactly one of role and roleId' });
}

export const InviteAgencyMemberRequestSchema = z
  .strictObject({
    email,
    name: z.string().trim().min(1).max(120).openapi({ example: 'Grace Hopper' }),
    ...roleFields,
    sendInvitation: z
      .boolean()
      .default(true)
      .openapi({
        description:
          'false: create the invitation without emailing it; `POST /v1/agency/invitations/{invitationId}/resend` ' +
          'sends it later.',
      }),
  })
  .superRefine(exactlyOneRole)
  .openapi('InviteAgencyMemberRequest');

export const MemberPageSchema = z
  .object({ items: z.array(MemberSchema), nextCursor })
  .openapi('AgencyMemberPage');

export const ListMembersQuerySchema = z.strictObject({ limit: limitParam, cursor: cursorParam });

export const MemberParamsSchema = z.strictObject({
  userId: z.uuid().openapi({ description: "The member's user id." }),
});

export const ChangeMemberRoleRequestSchema = z
  .strictObject(roleFields)
  .superRefine(exactlyOneRole)
  .openapi('ChangeMemberRoleRequest', {
    description: 'The owner changes only through a transfer of ownership.',
  });

export const RemoveMemberQuerySchema = z.strictObject({
  transferClientsTo: z.uuid().optional().openapi({
    description:
      'Another member who takes over the clients the removed person owns; required when they own any.',
  }),
});

export const RemovedMemberSchema = z
  .object({
    transferredClientIds: z.array(z.string()).openapi({ description: 'The clients handed over.' }),
  })
  .openapi('RemovedMember');

export const TransferOwnershipRequestSchema = z
  .strictObject({ newOwnerId: z.uuid().openapi({ description: 'Another member of the agency.' }) })
  .openapi('TransferOwnershipRequest');

export const OwnershipTransferSchema = z
  .object({ previousOwner: MemberSchema, newOwner: MemberSchema })
  .openapi('OwnershipTransfer');

function memberJsonOf(member: tenancy.Member__Output): z.input<typeof MemberSchema> {
  return {
    userId: member.userId,
    name: member.name,
    email: member.email,
    role: oneOf(AGENCY_ROLE_KINDS, member.role, 'member role'),
    customRole: member.customRoleId ? { id: member.customRoleId, name: member.customRoleName } : null,
    joinedAt: member.joinedAt,
  };
}

const NEEDS_MEMBERS = 'The caller lacks `members:manage` (`forbidden`).';

export function addMemberRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'tenancy'>,
  invalidation: TenancyEventHandlers,
): void {
  /** This replica forgets at once what it cached; the others when tenancy's event arrives. */
  const forgetAccess = (agencyId: string | undefined, userIds: string[]) => {
    if (agencyId !== undefined) invalidation.accessChanged(agencyId, userIds);
  };

  operations.add(
    {
      method: 'get',
      path: '/v1/agency/members',
      operationId: 'listAgencyMembers',
      tag: 'agency',
      summary: 'List agency members',
      description: "The agency's team by name, one page at a time. Any member, or an API key of the agency.",
      authenticated: true,
      query: ListMembersQuerySchema,
      response: { status: 200, description: 'One page of members.', schema: MemberPageSchema },
    },
    async ({ query }) => {
      const answer = await backends.tenancy.ListMembers(pageOf(query));
      return listAnswer(answer.members, memberJsonOf, answer.nextCursor);
    },
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/agency/members/{userId}',
      operationId: 'changeAgencyMemberRole',
      tag: 'agency',
      summary: "Change a member's role",
      description:
        'Makes a member an admin or a plain member (`role`), or gives a custom role (`roleId`); it takes effect ' +
        'on every replica within seconds. Needs the `members:manage` permission.',
      authenticated: true,
      params: MemberParamsSchema,
      body: ChangeMemberRoleRequestSchema,
      response: { status: 200, description: 'The member with the new role.', schema: MemberSchema },
      problems: {
        400: '`roleId` is not a custom role of the agency (`validation_failed` naming `roleId`).',
        403: NEEDS_MEMBERS,
        404: 'The agency has no such member (`not_found`).',
        409: 'The member is the owner, whose role changes only by a transfer (`conflict` naming `userId`).',
      },
    },
    async ({ actor, params, body }) => {
      const answer = await backends.tenancy.ChangeMemberRole({
        userId: params.userId,
        role: body.role ?? '',
        roleId: body.roleId ?? '',
      });
      forgetAccess(actor.agencyId, [params.userId]);
      return memberJsonOf(present(answer.member, 'member'));
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/agency/members/{userId}',
      operationId: 'removeAgencyMember',
      tag: 'agency',
      summary: 'Remove a member',
      description:
        'Takes a person out of the agency. The clients they own go to `transferClientsTo`; the clients they ' +
        'managed lose their account manager. Needs the `members:manage` permission.',
      authenticated: true,
      params: MemberParamsSchema,
      query: RemoveMemberQuerySchema,
      response: { status: 200, description: 'The member is gone.', schema: RemovedMemberSchema },
      problems: {
        400: '`transferClientsTo` is not another member (`validation_failed`).',
        403: NEEDS_MEMBERS,
        404: 'The agency has no such member (`not_found`).',
        409:
          'The member is the owner (`conflict` naming `userId`), or owns clients and no `transferClientsTo` ' +
          'was given (`conflict` naming `transferClientsTo`).',
      },
    },
    async ({ actor, params, query }) => {
      const answer = await backends.tenancy.RemoveMember({
        userId: params.userId,
        transferClientsTo: query.transferClientsTo ?? '',
      });
      forgetAccess(actor.agencyId, [params.userId]);
      return { transferredClientIds: answer.transferredClientIds };
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/agency/ownership',
      operationId: 'transferAgencyOwnership',
      tag: 'agency',
      summary: 'Transfer ownership of the agency',
      description:
        'Makes another member the owner; the caller, the current owner, becomes an admin. Only the owner may ' +
        'call it.',
      authenticated: true,
      personOnly: true,
      body: TransferOwnershipRequestSchema,
      response: {
        status: 200,
        description: 'The previous and the new owner.',
        schema: OwnershipTransferSchema,
      },
      problems: {
        400: '`newOwnerId` is not another member of the agency (`validation_failed`).',
        403: 'The caller is not the owner (`forbidden`).',
      },
    },
    async ({ actor, body }) => {
      const answer = await backends.tenancy.TransferOwnership({ newOwnerId: body.newOwnerId });
      forgetAccess(actor.agencyId, [actor.userId, body.newOwnerId]);
      return {
        previousOwner: memberJsonOf(present(answer.previousOwner, 'previousOwner')),
        newOwner: memberJsonOf(present(answer.newOwner, 'newOwner')),
      };
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/agency/members',
      operationId: 'inviteAgencyMember',
      tag: 'agency',
      summary: 'Invite an agency member',
      description:
        "Invites a person to the caller's agency with a built-in role (`role`) or a custom role (`roleId`), which " +
        'accepting gives; they get an email with a link valid for 7 days, now or, with `sendInvitation: false`, when ' +
        'it is resent. Needs the `members:manage` permission and every permission of the role offered.',
      authenticated: true,
      body: InviteAgencyMemberRequestSchema,
      response: { status: 201, description: 'The pending invitation.', schema: InvitationSchema },
      problems: {
        400: '`roleId` is not a custom role of the agency (`validation_failed` naming `roleId`).',
        403: 'The caller lacks `members:manage` (`forbidden`).',
        409: 'The person is already a member of the agency (`email_in_use`).',
      },
    },
    async ({ body }) => {
      const answer = await backends.tenancy.InviteAgencyMember({
        email: body.email,
        name: body.name,
        role: body.role ?? '',
        roleId: body.roleId ?? '',
        sendLater: !body.sendInvitation,
      });
      return invitationBaseJsonOf(present(answer.invitation, 'invitation'));
    },
  );
}
