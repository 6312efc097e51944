import type { EventEnvelope } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import type { Branding } from '../domain/branding';
import type { EmailKind, RenderedEmail } from '../domain/templates';
import type { Tx } from '../store/transaction';
import { insertEmailDelivery } from '../store/email-deliveries';
import { purgedClientIds } from '../store/purged-clients';

/** What the email handlers need besides the transaction. */
export interface EmailDeps {
  /** PUBLIC_APP_URL */
  publicAppUrl: string;
}

/**
 * Queues a rendered email for the delivery worker in the event's transaction. Consumers never talk to
 * SMTP: a slow or absent mail server must not hold up, or fail, event handling.
 */
export async function queueEmail(
  tx: Tx,
  email: {
    event: EventEnvelope;
    kind: EmailKind;
    recipient: string;
    agencyId: string | null;
    clientId: string | null;
    branding: Branding;
    rendered: RenderedEmail;
  },
): Promise<void> {
  // A late event about a deleted client mails nothing that names it.
  if ((await purgedClientIds(tx, [email.clientId])).size > 0) return;
  await insertEmailDelivery(tx, {
    sourceEventId: email.event.id,
    recipient: email.recipient,
    kind: email.kind,
    agencyId: email.agencyId,
    clientId: email.clientId,
    // Emails of a known agency come from its name and answer to its support address (white label).
    fromName: email.branding.agencyKnown ? email.branding.displayName : '',
    replyTo: email.branding.supportEmail,
    ...email.rendered,
  });
}

/**
 * True when the single-use link an event carries is already dead: its email would only frustrate.
 * Happens when events are handled late, e.g. by a consumer that starts on a stream's history.
 */
export function linkExpired(expiresAt: string, event: EventEnvelope, logger: Logger): boolean {
  if (Date.parse(expiresAt) > Date.now()) return false;
  logger.info({ eventId: event.id, eventType: event.type, expiresAt }, 'link already expired; no email sent');
  return true;
}
