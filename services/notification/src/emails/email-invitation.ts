import type { EventEnvelope } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { z } from 'zod';
import { acceptInvitationUrl, clientLoginUrl } from '../domain/links';
import { renderInvitation } from '../domain/templates';
import { readEvent } from '../events/read-event';
import { brandingFor } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { linkExpired, queueEmail, type EmailDeps } from './queue-email';

const InvitationCreated = z.object({
  agencyId: z.uuid(),
  clientId: z.string(),
  email: z.email(),
  name: z.string(),
  role: z.string(),
  // The custom role's name when role is "custom" (older events carry none).
  roleName: z.string().optional(),
  // Empty for an invitation to be sent later: invitation.resent brings its token.
  token: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** invitation.created → the invitee gets the agency-branded invitation with its single-use link. */
export async function emailInvitation(
  tx: Tx,
  deps: EmailDeps & { logger: Logger },
  event: EventEnvelope,
): Promise<void> {
  const invitation = readEvent(InvitationCreated, event, deps.logger);
  if (!invitation?.token) return;
  if (linkExpired(invitation.expiresAt, event, deps.logger)) return;
  const branding = await brandingFor(tx, invitation.agencyId);
  const loginUrl = clientLoginUrl(deps.publicAppUrl, branding.loginSlug);
  await queueEmail(tx, {
    event,
    kind: 'invitation',
    recipient: invitation.email,
    agencyId: invitation.agencyId,
    clientId: invitation.clientId || null,
    branding,
    rendered: renderInvitation(branding, {
      recipientName: invitation.name,
      role: invitation.role === 'custom' && invitation.roleName ? invitation.roleName : invitation.role,
      toClientAccount: invitation.clientId !== '',
      link: acceptInvitationUrl(loginUrl, invitation.token),
      invitedAt: event.time,
      expiresAt: invitation.expiresAt,
    }),
  });
}
