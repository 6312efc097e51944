import type { ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { acceptInvitationUrl, clientLoginUrl } from '../domain/links';
import { renderInvitation } from '../domain/templates';
import { brandingFor } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { linkExpired, queueEmail, type EmailDeps } from './queue-email';

/**
 * invitation.created → the invitee gets the agency-branded invitation with its single-use link. Its
 * token is empty for an invitation to be sent later: invitation.resent brings it.
 */
export async function emailInvitation(
  tx: Tx,
  deps: EmailDeps & { logger: Logger },
  event: ReceivedEvent<'atrium.tenancy.v1.invitation.created' | 'atrium.tenancy.v1.invitation.resent'>,
): Promise<void> {
  const invitation = event.data;
  if (!invitation.token || !invitation.email) return;
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
