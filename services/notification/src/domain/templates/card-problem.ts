import type { Branding } from '../branding';
import type { ContentBlock, EmailContent, RenderedEmail } from './content';
import { renderEmail } from './render';

/** The card as billing describes it: never more than its brand, last four digits and expiry. */
export interface CardSummary {
  /** The provider's brand code, e.g. "visa", "mastercard", "amex". */
  brand: string;
  last4: string;
}

/** Whose card it is: one client account's, or the agency's own. */
export type CardOwner = { kind: 'client'; clientName: string } | { kind: 'agency' };

export interface CardDeclinedEmail {
  recipientName: string;
  owner: CardOwner;
  card: CardSummary;
  /** The provider's decline code, e.g. "card_declined", "insufficient_funds", "expired_card". */
  reason: string;
  /** The declined charge in minor units of `currency` (ISO 4217). */
  amount: number;
  currency: string;
  signInUrl: string;
}

export interface CardExpiringEmail {
  recipientName: string;
  owner: CardOwner;
  card: CardSummary;
  /** "expiring" (within 30 days) or "expired". */
  reason: string;
  expMonth: number;
  expYear: number;
  signInUrl: string;
}

const BRAND_NAMES: Readonly<Record<string, string>> = {
  amex: 'American Express',
  diners: 'Diners Club',
  discover: 'Discover',
  jcb: 'JCB',
  mastercard: 'Mastercard',
  unionpay: 'UnionPay',
  visa: 'Visa',
};

/** What a decline code means to the person paying; unknown codes are named as the provider gave them. */
const DECLINE_REASONS: Readonly<Record<string, string>> = {
  card_declined: 'the card issuer declined it',
  insufficient_funds: 'the card has insufficient funds',
  expired_card: 'the card has expired',
  incorrect_cvc: 'the security code was not accepted',
  processing_error: 'the card issuer could not process it',
  lost_card: 'the card was reported lost',
  stolen_card: 'the card was reported stolen',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function cardName(card: CardSummary): string {
  const brand = BRAND_NAMES[card.brand.toLowerCase()] ?? (card.brand ? capitalise(card.brand) : 'Card');
  return `${brand} ending in ${card.last4}`;
}

export function declineReason(reason: string): string {
  return DECLINE_REASONS[reason] ?? `the card issuer declined it (${reason || 'no reason given'})`;
}

/** An amount in minor units as people read it, with as many decimals as the currency has. */
export function formatAmount(amount: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'code' });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** digits).replace(/\u00a0/g, ' ');
  } catch {
    return `${amount} ${currency} (minor units)`;
  }
}

/** "12/2026 (December 2026)": the card's own notation first, as it is printed on the card. */
export function formatExpiry(month: number, year: number): string {
  const name = MONTHS[month - 1];
  const printed = `${String(month).padStart(2, '0')}/${year}`;
  return name ? `${printed} (${name} ${year})` : printed;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function whose(owner: CardOwner, branding: Branding): string {
  return owner.kind === 'client'
    ? `the card saved for the client account ${owner.clientName}`
    : `the card ${branding.displayName} pays with`;
}

function ownerRows(owner: CardOwner): Array<[string, string]> {
  return owner.kind === 'client' ? [['Client account', owner.clientName]] : [];
}

function closing(branding: Branding, owner: CardOwner): ContentBlock {
  const about = owner.kind === 'client' ? `the client account ${owner.clientName}` : 'your agency';
  return {
    type: 'note',
    text: `You receive this email as the contact for ${about} at ${branding.displayName}. Card numbers are never stored here: only the brand, the last four digits and the expiry.`,
  };
}

export function renderCardDeclined(branding: Branding, email: CardDeclinedEmail): RenderedEmail {
  const card = cardName(email.card);
  const amount = formatAmount(email.amount, email.currency);
  const content: EmailContent = {
    subject: `A payment of ${amount} was declined`,
    preheader: `${card} was declined: ${declineReason(email.reason)}.`,
    heading: 'A payment was declined',
    blocks: [
      { type: 'paragraph', text: email.recipientName ? `Hello ${email.recipientName},` : 'Hello,' },
      {
        type: 'paragraph',
        text: `A charge of ${amount} to ${whose(email.owner, branding)}, the ${card}, was declined: ${declineReason(email.reason)}. Nothing was charged.`,
      },
      {
        type: 'details',
        rows: [
          ...ownerRows(email.owner),
          ['Card', card],
          ['Amount', amount],
          ['Reason', `${declineReason(email.reason)} (${email.reason || 'unknown'})`],
        ],
      },
      {
        type: 'paragraph',
        text: 'What to do: sign in and save another card, or ask the card issuer why it refused the charge, then try again.',
      },
      { type: 'button', label: 'Sign in to update the card', url: email.signInUrl },
      closing(branding, email.owner),
    ],
  };
  return renderEmail(content, branding);
}

export function renderCardExpiring(branding: Branding, email: CardExpiringEmail): RenderedEmail {
  const card = cardName(email.card);
  const expiry = formatExpiry(email.expMonth, email.expYear);
  const expired = email.reason === 'expired';
  const content: EmailContent = {
    subject: expired ? `Your ${card} has expired` : `Your ${card} expires soon`,
    preheader: expired
      ? `${card} expired at the end of ${expiry}; payments with it will fail.`
      : `${card} expires at the end of ${expiry}.`,
    heading: expired ? 'A saved card has expired' : 'A saved card expires soon',
    blocks: [
      { type: 'paragraph', text: email.recipientName ? `Hello ${email.recipientName},` : 'Hello,' },
      {
        type: 'paragraph',
        text: expired
          ? `The ${card}, ${whose(email.owner, branding)}, expired at the end of ${expiry}. Payments with it will be declined.`
          : `The ${card}, ${whose(email.owner, branding)}, expires at the end of ${expiry}. Payments with it will be declined after that.`,
      },
      {
        type: 'details',
        rows: [...ownerRows(email.owner), ['Card', card], ['Expires', expiry]],
      },
      {
        type: 'paragraph',
        text: expired
          ? 'What to do: sign in and save a card that is valid.'
          : 'What to do: sign in and save the renewed card, or another one, before then.',
      },
      { type: 'button', label: 'Sign in to update the card', url: email.signInUrl },
      closing(branding, email.owner),
    ],
  };
  return renderEmail(content, branding);
}
