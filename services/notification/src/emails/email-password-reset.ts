import type { ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { clientLoginUrl, resetPasswordUrl } from '../domain/links';
import { renderPasswordReset } from '../domain/templates';
import { requireIds } from '@atrium/events';
import { brandingFor, defaultAgencyOf, rememberDefaultAgency } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { linkExpired, queueEmail, type EmailDeps } from './queue-email';

/** password_reset.requested → the person gets the reset link, branded by their default agency. */
export async function emailPasswordReset(
  tx: Tx,
  deps: EmailDeps & { logger: Logger },
  event: ReceivedEvent<'atrium.identity.v1.password_reset.requested'>,
): Promise<void> {
  const reset = event.data;
  // agencyId is empty when identity knows no default agency for the person.
  const ids: Record<string, string> = { userId: reset.userId };
  if (reset.agencyId) ids.agencyId = reset.agencyId;
  if (!requireIds(deps.logger, event, ids)) return;
  if (!reset.token || !reset.email) {
    deps.logger.error({ eventId: event.id }, 'password_reset.requested without token or email; skipped');
    return;
  }
  if (linkExpired(reset.expiresAt, event, deps.logger)) return;
  if (reset.agencyId) await rememberDefaultAgency(tx, reset.userId, reset.agencyId, { replace: true });
  const agencyId = reset.agencyId || (await defaultAgencyOf(tx, reset.userId));
  const branding = await brandingFor(tx, agencyId);
  const loginUrl = clientLoginUrl(deps.publicAppUrl, branding.loginSlug);
  await queueEmail(tx, {
    event,
    kind: 'password_reset',
    recipient: reset.email,
    agencyId,
    clientId: null,
    branding,
    rendered: renderPasswordReset(branding, {
      recipientName: reset.name,
      recipientEmail: reset.email,
      link: resetPasswordUrl(loginUrl, reset.token),
      requestedAt: event.time,
      expiresAt: reset.expiresAt,
    }),
  });
}
