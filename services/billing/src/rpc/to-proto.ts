import type { billing } from '@atrium/proto';
import { cardStatusOf, type CardStatus } from '../payments/card-status';
import type { PaymentMethodRecord } from '../store/payment-methods';
import type { ClientStatus, KnownClientStatus } from '../domain/client-status';
import type { ClientBillingSettings } from '../settings/client-billing-settings';

const CLIENT_STATUS: Record<ClientStatus, billing.ProjectedClientStatus> = {
  active: 'PROJECTED_CLIENT_STATUS_ACTIVE',
  inactive: 'PROJECTED_CLIENT_STATUS_INACTIVE',
  deleted: 'PROJECTED_CLIENT_STATUS_DELETED',
};

export function clientStatusToProto(known: KnownClientStatus): billing.GetClientStatusResponse {
  return { status: CLIENT_STATUS[known.status], changedAt: known.changedAt.toISOString() };
}

const CARD_STATUS: Record<CardStatus, billing.PaymentMethodStatus> = {
  active: 'PAYMENT_METHOD_STATUS_ACTIVE',
  declined: 'PAYMENT_METHOD_STATUS_DECLINED',
  expiring: 'PAYMENT_METHOD_STATUS_EXPIRING',
  expired: 'PAYMENT_METHOD_STATUS_EXPIRED',
};

export function paymentMethodToProto(
  card: PaymentMethodRecord,
  now: Date = new Date(),
): billing.PaymentMethod {
  return {
    brand: card.brand,
    last4: card.last4,
    expMonth: card.expMonth,
    expYear: card.expYear,
    status: CARD_STATUS[cardStatusOf(card, now)],
    updatedAt: card.updatedAt.toISOString(),
  };
}

export function billingSettingsToProto(settings: ClientBillingSettings): billing.ClientBillingSettings {
  return {
    clientId: settings.clientId,
    licensePriceMinor: settings.licensePriceMinor,
    hasSpendingLimit: settings.spendingLimitMinor !== null,
    spendingLimitMinor: settings.spendingLimitMinor ?? 0,
    currency: settings.currency,
    spentThisMonthMinor: settings.spentThisMonthMinor,
    updatedAt: settings.updatedAt?.toISOString() ?? '',
  };
}
