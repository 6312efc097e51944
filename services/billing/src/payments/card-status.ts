/** What billing shows of a saved card's state (GetPaymentMethod). */
export type CardStatus = 'active' | 'declined' | 'expiring' | 'expired';

/** How long before its expiry a card counts as expiring, and its owner is told. */
export const EXPIRING_WITHIN_DAYS = 30;

/** A card is valid through the last day of its expiry month (UTC). */
export function cardExpiresAt(card: { expMonth: number; expYear: number }): Date {
  return new Date(Date.UTC(card.expYear, card.expMonth, 1));
}

/** expired, expiring (within 30 days), or null while neither. */
export function expiryReason(
  card: { expMonth: number; expYear: number },
  now: Date,
): 'expiring' | 'expired' | null {
  const end = cardExpiresAt(card).getTime();
  if (end <= now.getTime()) return 'expired';
  if (end - now.getTime() <= EXPIRING_WITHIN_DAYS * 86_400_000) return 'expiring';
  return null;
}

/**
 * The latest expiry month (year, month) whose cards are expiring or expired at `now`: a card ends when
 * its month does, so those of the month before the one 30 days ahead falls in, and earlier.
 */
export function expiringCutoff(now: Date): { year: number; month: number } {
  const limit = new Date(now.getTime() + EXPIRING_WITHIN_DAYS * 86_400_000);
  const previous = new Date(Date.UTC(limit.getUTCFullYear(), limit.getUTCMonth() - 1, 1));
  return { year: previous.getUTCFullYear(), month: previous.getUTCMonth() + 1 };
}

export function cardStatusOf(
  card: { status: 'active' | 'declined'; expMonth: number; expYear: number },
  now: Date,
): CardStatus {
  const expiry = expiryReason(card, now);
  if (expiry === 'expired') return 'expired';
  if (card.status === 'declined') return 'declined';
  return expiry ?? 'active';
}
