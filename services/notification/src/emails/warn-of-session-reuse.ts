import type { ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { clientLoginUrl } from '../domain/links';
import { formatMoment } from '../domain/templates/content';
import { renderSuspiciousSignIn } from '../domain/templates';
import { requireIds } from '@atrium/events';
import { createNotifications } from '../notifications/create-notifications';
import { brandingFor, defaultAgencyOf } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { queueEmail, type EmailDeps } from './queue-email';

/**
 * session.reuse_detected → the person is told by email, and in the bell of their default agency.
 * Identity events name no agency; without a known default agency there is no bell to put it in, so
 * only the email (in Atrium's branding) goes out.
 */
export async function warnOfSessionReuse(
  tx: Tx,
  deps: EmailDeps & { logger: Logger },
  event: ReceivedEvent<'atrium.identity.v1.session.reuse_detected'>,
): Promise<void> {
  const reuse = event.data;
  if (!requireIds(deps.logger, event, { userId: reuse.userId })) return;
  const agencyId = await defaultAgencyOf(tx, reuse.userId);
  const branding = await brandingFor(tx, agencyId);
  await queueEmail(tx, {
    event,
    kind: 'suspicious_sign_in',
    recipient: reuse.email,
    agencyId,
    clientId: null,
    branding,
    rendered: renderSuspiciousSignIn(branding, {
      recipientName: reuse.name,
      detectedAt: reuse.detectedAt,
      ip: reuse.ip,
      userAgent: reuse.userAgent,
      signInUrl: clientLoginUrl(deps.publicAppUrl, branding.loginSlug),
    }),
  });
  if (!agencyId) return;
  const from = reuse.ip ? ` from ${reuse.ip}` : '';
  await createNotifications(tx, event.id, [
    {
      userId: reuse.userId,
      agencyId,
      kind: 'session.reuse_detected',
      title: 'Suspicious sign-in blocked',
      body: `A spent sign-in token of your account was used again${from} on ${formatMoment(reuse.detectedAt)}. We signed out every device that shared it. Sign in again, and change your password if this was not you.`,
      clientId: null,
    },
  ]);
}
