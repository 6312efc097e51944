import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClientPurged as _atrium_billing_v1_ClientPurged, ClientPurged__Output as _atrium_billing_v1_ClientPurged__Output } from './atrium/billing/v1/ClientPurged';
import type { PaymentMethodDeclined as _atrium_billing_v1_PaymentMethodDeclined, PaymentMethodDeclined__Output as _atrium_billing_v1_PaymentMethodDeclined__Output } from './atrium/billing/v1/PaymentMethodDeclined';
import type { PaymentMethodExpiring as _atrium_billing_v1_PaymentMethodExpiring, PaymentMethodExpiring__Output as _atrium_billing_v1_PaymentMethodExpiring__Output } from './atrium/billing/v1/PaymentMethodExpiring';
import type { PaymentMethodRemoved as _atrium_billing_v1_PaymentMethodRemoved, PaymentMethodRemoved__Output as _atrium_billing_v1_PaymentMethodRemoved__Output } from './atrium/billing/v1/PaymentMethodRemoved';
import type { PaymentMethodUpdated as _atrium_billing_v1_PaymentMethodUpdated, PaymentMethodUpdated__Output as _atrium_billing_v1_PaymentMethodUpdated__Output } from './atrium/billing/v1/PaymentMethodUpdated';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    billing: {
      v1: {
        ClientPurged: MessageTypeDefinition<_atrium_billing_v1_ClientPurged, _atrium_billing_v1_ClientPurged__Output>
        PaymentMethodDeclined: MessageTypeDefinition<_atrium_billing_v1_PaymentMethodDeclined, _atrium_billing_v1_PaymentMethodDeclined__Output>
        PaymentMethodExpiring: MessageTypeDefinition<_atrium_billing_v1_PaymentMethodExpiring, _atrium_billing_v1_PaymentMethodExpiring__Output>
        PaymentMethodRemoved: MessageTypeDefinition<_atrium_billing_v1_PaymentMethodRemoved, _atrium_billing_v1_PaymentMethodRemoved__Output>
        PaymentMethodUpdated: MessageTypeDefinition<_atrium_billing_v1_PaymentMethodUpdated, _atrium_billing_v1_PaymentMethodUpdated__Output>
      }
    }
  }
}

