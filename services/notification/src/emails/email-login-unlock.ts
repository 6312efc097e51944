import type { ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { clientLoginUrl, unlockLoginUrl } from '../domain/links';
import { renderLoginLocked } from '../domain/templates';
import { requireIds } from '@atrium/events';
import { brandingFor, defaultAgencyOf, rememberDefaultAgency } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { linkExpired, queueEmail, type EmailDeps } from './queue-email';

/** login.locked → the person gets the single-use unlock link, branded by their default agency. */
export async function emailLoginUnlock(
  tx: Tx,
  deps: EmailDeps & { logger: Logger },
  event: ReceivedEvent<'atrium.identity.v1.login.locked'>,
): Promise<void> {
  const locked = event.data;
  // agencyId is empty when identity knows no default agency for the person.
  const ids: Record<string, string> = { userId: locked.userId };
  if (locked.agencyId) ids.agencyId = locked.agencyId;
  if (!requireIds(deps.logger, event, ids)) return;
  if (!locked.token || !locked.email) {
    deps.logger.error({ eventId: event.id }, 'login.locked without token or email; skipped');
    return;
  }
  if (linkExpired(locked.expiresAt, event, deps.logger)) return;
  if (locked.agencyId) await rememberDefaultAgency(tx, locked.userId, locked.agencyId, { replace: true });
  const agencyId = locked.agencyId || (await defaultAgencyOf(tx, locked.userId));
  const branding = await brandingFor(tx, agencyId);
  const loginUrl = clientLoginUrl(deps.publicAppUrl, branding.loginSlug);
  await queueEmail(tx, {
    event,
    kind: 'login_locked',
    recipient: locked.email,
    agencyId,
    clientId: null,
    branding,
    rendered: renderLoginLocked(branding, {
      recipientName: locked.name,
      recipientEmail: locked.email,
      link: unlockLoginUrl(loginUrl, locked.token),
      signInUrl: loginUrl,
      expiresAt: locked.expiresAt,
    }),
  });
}
