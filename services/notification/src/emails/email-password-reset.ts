import type { EventEnvelope } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { z } from 'zod';
import { clientLoginUrl, resetPasswordUrl } from '../domain/links';
import { renderPasswordReset } from '../domain/templates';
import { readEvent } from '../events/read-event';
import { brandingFor, defaultAgencyOf, rememberDefaultAgency } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { linkExpired, queueEmail, type EmailDeps } from './queue-email';

const PasswordResetRequested = z.object({
  userId: z.uuid(),
  email: z.email(),
  name: z.string(),
  // Empty when identity knows no default agency for the person.
  agencyId: z.union([z.uuid(), z.literal('')]),
  token: z.string().min(1),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** password_reset.requested → the person gets the reset link, branded by their default agency. */
export async function emailPasswordReset(
  tx: Tx,
  deps: EmailDeps & { logger: Logger },
  event: EventEnvelope,
): Promise<void> {
  const reset = readEvent(PasswordResetRequested, event, deps.logger);
  if (!reset) return;
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
