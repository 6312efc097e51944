import type { Branding } from '../branding';
import { formatMoment, type EmailContent, type RenderedEmail } from './content';
import { renderEmail } from './render';

export interface SubscriptionPastDueEmail {
  planName: string;
  /** The fee that failed, in minor units of `currency` (ISO 4217). */
  amountMinor: number;
  currency: string;
  /** The provider's decline code, or no_payment_method. */
  reason: string;
  /** RFC 3339; empty when no retry is planned. */
  nextRetryAt: string;
  /** Where the agency's people sign in to update the card. */
  signInUrl: string;
}

/** 14900 USD → "$149.00": the currency's own number of minor digits. */
export function formatMoney(amountMinor: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return format.format(amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

const REASONS: Record<string, string> = {
  no_payment_method: 'there is no card on file for the agency',
  card_declined: 'the card was declined',
  insufficient_funds: 'the card was declined for insufficient funds',
  expired_card: 'the card has expired',
  authentication_required: 'the card needs its holder to authenticate the payment',
};

export function renderSubscriptionPastDue(
  branding: Branding,
  email: SubscriptionPastDueEmail,
): RenderedEmail {
  const fee = formatMoney(email.amountMinor, email.currency);
  const why = REASONS[email.reason] ?? 'the card was declined';
  const retry = email.nextRetryAt
    ? `We will try again on ${formatMoment(email.nextRetryAt)}.`
    : 'We will try again soon.';
  const content: EmailContent = {
    subject: `Your ${email.planName} plan payment of ${fee} did not go through`,
    preheader: `The monthly fee could not be charged: ${why}.`,
    heading: 'Your subscription payment is past due',
    blocks: [
      { type: 'paragraph', text: 'Hello,' },
      {
        type: 'paragraph',
        text: `We could not charge the monthly fee of ${fee} for your ${email.planName} plan: ${why}. ${retry}`,
      },
      {
        type: 'paragraph',
        text: 'To pay it, sign in and update the agency card under Billing; the next try then charges it.',
      },
      { type: 'button', label: 'Update the card', url: email.signInUrl },
      { type: 'note', text: 'Your plan and your clients stay as they are meanwhile.' },
    ],
  };
  return renderEmail(content, branding);
}
