import { INVITATION_STATUSES, type tenancy } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { oneOf, orNull } from './contract';
import { cursorParam, dateTime, limitParam, nextCursor } from './fields';

export const InvitationSchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    clientId: z.string().nullable().openapi({ description: 'null for an agency invitation.' }),
    email: z.string().openapi({ format: 'email' }),
    name: z.string(),
    role: z.string(),
    roleId: z.string().nullable().openapi({ description: 'For role `custom`: the custom role offered.' }),
    status: z.enum(INVITATION_STATUSES),
    invitedByUserId: z.string(),
    createdAt: dateTime,
    expiresAt: dateTime,
    sentAt: dateTime.nullable().openapi({
      description:
        'When its email last went out; null while it waits to be sent, or when the agency set an initial ' +
        'password instead.',
    }),
  })
  .openapi('Invitation');

/** An invitation as the API shows it. */
export function invitationBaseJsonOf(
  invitation: tenancy.Invitation__Output,
): z.input<typeof InvitationSchema> {
  return {
    id: invitation.id,
    agencyId: invitation.agencyId,
    clientId: orNull(invitation.clientId),
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    roleId: orNull(invitation.customRoleId),
    status: oneOf(INVITATION_STATUSES, invitation.status, 'invitation status'),
    invitedByUserId: invitation.invitedByUserId,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    sentAt: orNull(invitation.sentAt),
  };
}

/** An invitation as the management routes answer it: with the client user it brings in, if any. */
export const ManagedInvitationSchema = InvitationSchema.extend({
  clientUserId: z
    .string()
    .nullable()
    .openapi({ description: 'For a client invitation: the client user it brings in; null otherwise.' }),
}).openapi('ManagedInvitation', {
  description: 'Status `expired`: still pending, but its link has expired; resend it for a new one.',
});

export const InvitationPageSchema = z
  .object({ items: z.array(ManagedInvitationSchema), nextCursor })
  .openapi('InvitationPage');

export const ListInvitationsQuerySchema = z.strictObject({ limit: limitParam, cursor: cursorParam });

export function invitationJsonOf(
  invitation: tenancy.Invitation__Output,
): z.input<typeof ManagedInvitationSchema> {
  return { ...invitationBaseJsonOf(invitation), clientUserId: orNull(invitation.clientUserId) };
}
