import type { EventEnvelope, ReceivedEvent } from '@atrium/events';
import { requireIds } from '@atrium/events';
import type { PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import type { Branding } from '../domain/branding';
import { clientLoginUrl } from '../domain/links';
import {
  renderCardDeclined,
  renderCardExpiring,
  type CardOwner,
  type RenderedEmail,
} from '../domain/templates';
import { brandingFor } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { agencyContact, clientProfileContact, type CardContact } from '../tenancy/card-contacts';
import { queueEmail, type EmailDeps } from './queue-email';

export interface CardEmailDeps extends EmailDeps {
  tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
  logger: Logger;
  /** GRPC_DEADLINE_MS: for the tenancy calls that find the recipient, together. */
  grpcDeadlineMs: number;
}

/** What both card events say about whose card it is. */
interface CardEvent {
  agencyId: string;
  /** Empty for the agency's own card. */
  clientId: string;
  savedBy: string;
}

/**
 * payment_method.declined → the card's owner is told what was declined, why, and what to do
 * (docs/billing.md "Telling people"). Billing publishes it once per card and reason; the inbox drops
 * redeliveries and email_deliveries' (event, recipient) key keeps a retried handler to one email.
 */
export async function emailCardDeclined(
  tx: Tx,
  deps: CardEmailDeps,
  event: ReceivedEvent<'atrium.billing.v1.payment_method.declined'>,
): Promise<void> {
  const declined = event.data;
  await emailCardOwner(tx, deps, event, declined, 'card_declined', (branding, recipient, owner) =>
    renderCardDeclined(branding, {
      recipientName: recipient.name,
      owner,
      card: { brand: declined.brand, last4: declined.last4 },
      reason: declined.reason,
      amount: Number(declined.amount),
      currency: declined.currency,
      signInUrl: clientLoginUrl(deps.publicAppUrl, branding.loginSlug),
    }),
  );
}

/** payment_method.expiring → the card's owner is told it expires (or expired) and when. */
export async function emailCardExpiring(
  tx: Tx,
  deps: CardEmailDeps,
  event: ReceivedEvent<'atrium.billing.v1.payment_method.expiring'>,
): Promise<void> {
  const expiring = event.data;
  await emailCardOwner(tx, deps, event, expiring, 'card_expiring', (branding, recipient, owner) =>
    renderCardExpiring(branding, {
      recipientName: recipient.name,
      owner,
      card: { brand: expiring.brand, last4: expiring.last4 },
      reason: expiring.reason,
      expMonth: expiring.expMonth,
      expYear: expiring.expYear,
      signInUrl: clientLoginUrl(deps.publicAppUrl, branding.loginSlug),
    }),
  );
}

/**
 * Finds who is told of a card problem — a client's profile contact for a client's card, the agency's
 * contact email for the agency's — and queues the email in the agency's branding. Nobody to tell (the
 * client is gone, no contact email is set, the person who saved the agency's card has left) is logged,
 * not retried: asking again would not change the answer.
 */
async function emailCardOwner(
  tx: Tx,
  deps: CardEmailDeps,
  event: EventEnvelope,
  card: CardEvent,
  kind: 'card_declined' | 'card_expiring',
  render: (branding: Branding, recipient: CardContact, owner: CardOwner) => RenderedEmail,
): Promise<void> {
  const { agencyId, clientId } = card;
  if (!requireIds(deps.logger, event, clientId ? { agencyId, clientId } : { agencyId })) return;
  let recipient: CardContact | undefined;
  let owner: CardOwner;
  if (clientId) {
    const contact = await clientProfileContact(deps.tenancy, {
      agencyId,
      clientId,
      deadlineMs: deps.grpcDeadlineMs,
    });
    recipient = contact;
    owner = { kind: 'client', clientName: contact?.clientName ?? '' };
  } else {
    recipient = await agencyContact(deps.tenancy, {
      agencyId,
      memberId: card.savedBy,
      deadlineMs: deps.grpcDeadlineMs,
    });
    owner = { kind: 'agency' };
  }
  if (!recipient) {
    deps.logger.info(
      { eventId: event.id, eventType: event.type, agencyId, clientId },
      'no contact email for the card’s owner; nobody told',
    );
    return;
  }
  const branding = await brandingFor(tx, agencyId);
  await queueEmail(tx, {
    event,
    kind,
    recipient: recipient.email,
    agencyId,
    clientId: clientId || null,
    branding,
    rendered: render(branding, recipient, owner),
  });
}
