import type { EventEnvelope } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { z } from 'zod';
import { clientLoginUrl, unlockLoginUrl } from '../domain/links';
import { renderLoginLocked } from '../domain/templates';
import { readEvent } from '../events/read-event';
import { brandingFor, defaultAgencyOf, rememberDefaultAgency } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { linkExpired, queueEmail, type EmailDeps } from './queue-email';

const LoginLocked = z.object({
  userId: z.uuid(),
  email: z.email(),
  name: z.string(),
  // Empty when identity knows no default agency for the person.
  agencyId: z.union([z.uuid(), z.literal('')]),
  token: z.string().min(1),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** login.locked → the person gets the single-use unlock link, branded by their default agency. */
export async function emailLoginUnlock(
  tx: Tx,
  deps: EmailDeps & { logger: Logger },
  event: EventEnvelope,
): Promise<void> {
  const locked = readEvent(LoginLocked, event, deps.logger);
  if (!locked) return;
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
