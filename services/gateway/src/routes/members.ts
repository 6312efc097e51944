import type { Backends } from '../backends';
import type { OperationRouter } from '../http/operations';
import { z } from '../openapi/zod';
import { email } from './auth';
import { oneOf, orNull, present } from './contract';

const dateTime = z.string().openapi({ format: 'date-time' });
const INVITATION_STATUSES = ['pending', 'accepted', 'cancelled', 'expired'] as const;

export const InviteAgencyMemberRequestSchema = z
  .strictObject({
    email,
    name: z.string().trim().min(1).max(120).openapi({ example: 'Grace Hopper' }),
    role: z.enum(['admin', 'member']).openapi({ description: 'The agency role the person will have.' }),
  })
  .openapi('InviteAgencyMemberRequest');

export const InvitationSchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    clientId: z.string().nullable().openapi({ description: 'null for an agency invitation.' }),
    email: z.string().openapi({ format: 'email' }),
    name: z.string(),
    role: z.string(),
    status: z.enum(INVITATION_STATUSES),
    invitedByUserId: z.string(),
    createdAt: dateTime,
    expiresAt: dateTime,
  })
  .openapi('Invitation');

export function addMemberRoutes(operations: OperationRouter, backends: Pick<Backends, 'tenancy'>): void {
  operations.add(
    {
      method: 'post',
      path: '/v1/agency/members',
      operationId: 'inviteAgencyMember',
      tag: 'agency',
      summary: 'Invite an agency member',
      description:
        "Invites a person to the caller's agency with a role; they get an email with a link valid for 7 days. " +
        'Needs the `members:manage` permission.',
      authenticated: true,
      body: InviteAgencyMemberRequestSchema,
      response: { status: 201, description: 'The pending invitation.', schema: InvitationSchema },
      problems: {
        403: 'The caller lacks `members:manage` (`forbidden`).',
        409: 'The person is already a member of the agency (`email_in_use`).',
      },
    },
    async ({ body }) => {
      const answer = await backends.tenancy.InviteAgencyMember(body);
      const invitation = present(answer.invitation, 'invitation');
      return {
        id: invitation.id,
        agencyId: invitation.agencyId,
        clientId: orNull(invitation.clientId),
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        status: oneOf(INVITATION_STATUSES, invitation.status, 'invitation status'),
        invitedByUserId: invitation.invitedByUserId,
        createdAt: invitation.createdAt,
        expiresAt: invitation.expiresAt,
      };
    },
  );
}
