import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClientPurged as _atrium_billing_v1_ClientPurged, ClientPurged__Output as _atrium_billing_v1_ClientPurged__Output } from './atrium/billing/v1/ClientPurged';
import type { CreditsCommitted as _atrium_billing_v1_CreditsCommitted, CreditsCommitted__Output as _atrium_billing_v1_CreditsCommitted__Output } from './atrium/billing/v1/CreditsCommitted';
import type { CreditsPurchased as _atrium_billing_v1_CreditsPurchased, CreditsPurchased__Output as _atrium_billing_v1_CreditsPurchased__Output } from './atrium/billing/v1/CreditsPurchased';
import type { CreditsReleased as _atrium_billing_v1_CreditsReleased, CreditsReleased__Output as _atrium_billing_v1_CreditsReleased__Output } from './atrium/billing/v1/CreditsReleased';
import type { CreditsReserved as _atrium_billing_v1_CreditsReserved, CreditsReserved__Output as _atrium_billing_v1_CreditsReserved__Output } from './atrium/billing/v1/CreditsReserved';
import type { CreditsTransferred as _atrium_billing_v1_CreditsTransferred, CreditsTransferred__Output as _atrium_billing_v1_CreditsTransferred__Output } from './atrium/billing/v1/CreditsTransferred';
import type { PaymentMethodDeclined as _atrium_billing_v1_PaymentMethodDeclined, PaymentMethodDeclined__Output as _atrium_billing_v1_PaymentMethodDeclined__Output } from './atrium/billing/v1/PaymentMethodDeclined';
import type { PaymentMethodExpiring as _atrium_billing_v1_PaymentMethodExpiring, PaymentMethodExpiring__Output as _atrium_billing_v1_PaymentMethodExpiring__Output } from './atrium/billing/v1/PaymentMethodExpiring';
import type { PaymentMethodRemoved as _atrium_billing_v1_PaymentMethodRemoved, PaymentMethodRemoved__Output as _atrium_billing_v1_PaymentMethodRemoved__Output } from './atrium/billing/v1/PaymentMethodRemoved';
import type { PaymentMethodUpdated as _atrium_billing_v1_PaymentMethodUpdated, PaymentMethodUpdated__Output as _atrium_billing_v1_PaymentMethodUpdated__Output } from './atrium/billing/v1/PaymentMethodUpdated';
import type { SubscriptionChanged as _atrium_billing_v1_SubscriptionChanged, SubscriptionChanged__Output as _atrium_billing_v1_SubscriptionChanged__Output } from './atrium/billing/v1/SubscriptionChanged';
import type { SubscriptionPastDue as _atrium_billing_v1_SubscriptionPastDue, SubscriptionPastDue__Output as _atrium_billing_v1_SubscriptionPastDue__Output } from './atrium/billing/v1/SubscriptionPastDue';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    billing: {
      v1: {
        ClientPurged: MessageTypeDefinition<_atrium_billing_v1_ClientPurged, _atrium_billing_v1_ClientPurged__Output>
        CreditsCommitted: MessageTypeDefinition<_atrium_billing_v1_CreditsCommitted, _atrium_billing_v1_CreditsCommitted__Output>
        CreditsPurchased: MessageTypeDefinition<_atrium_billing_v1_CreditsPurchased, _atrium_billing_v1_CreditsPurchased__Output>
        CreditsReleased: MessageTypeDefinition<_atrium_billing_v1_CreditsReleased, _atrium_billing_v1_CreditsReleased__Output>
        CreditsReserved: MessageTypeDefinition<_atrium_billing_v1_CreditsReserved, _atrium_billing_v1_CreditsReserved__Output>
        CreditsTransferred: MessageTypeDefinition<_atrium_billing_v1_CreditsTransferred, _atrium_billing_v1_CreditsTransferred__Output>
        PaymentMethodDeclined: MessageTypeDefinition<_atrium_billing_v1_PaymentMethodDeclined, _atrium_billing_v1_PaymentMethodDeclined__Output>
        PaymentMethodExpiring: MessageTypeDefinition<_atrium_billing_v1_PaymentMethodExpiring, _atrium_billing_v1_PaymentMethodExpiring__Output>
        PaymentMethodRemoved: MessageTypeDefinition<_atrium_billing_v1_PaymentMethodRemoved, _atrium_billing_v1_PaymentMethodRemoved__Output>
        PaymentMethodUpdated: MessageTypeDefinition<_atrium_billing_v1_PaymentMethodUpdated, _atrium_billing_v1_PaymentMethodUpdated__Output>
        SubscriptionChanged: MessageTypeDefinition<_atrium_billing_v1_SubscriptionChanged, _atrium_billing_v1_SubscriptionChanged__Output>
        SubscriptionPastDue: MessageTypeDefinition<_atrium_billing_v1_SubscriptionPastDue, _atrium_billing_v1_SubscriptionPastDue__Output>
      }
    }
  }
}

