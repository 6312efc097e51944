import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { BillingServiceClient as _atrium_billing_v1_BillingServiceClient, BillingServiceDefinition as _atrium_billing_v1_BillingServiceDefinition } from './atrium/billing/v1/BillingService';
import type { GetClientStatusRequest as _atrium_billing_v1_GetClientStatusRequest, GetClientStatusRequest__Output as _atrium_billing_v1_GetClientStatusRequest__Output } from './atrium/billing/v1/GetClientStatusRequest';
import type { GetClientStatusResponse as _atrium_billing_v1_GetClientStatusResponse, GetClientStatusResponse__Output as _atrium_billing_v1_GetClientStatusResponse__Output } from './atrium/billing/v1/GetClientStatusResponse';
import type { GetPaymentMethodRequest as _atrium_billing_v1_GetPaymentMethodRequest, GetPaymentMethodRequest__Output as _atrium_billing_v1_GetPaymentMethodRequest__Output } from './atrium/billing/v1/GetPaymentMethodRequest';
import type { GetPaymentMethodResponse as _atrium_billing_v1_GetPaymentMethodResponse, GetPaymentMethodResponse__Output as _atrium_billing_v1_GetPaymentMethodResponse__Output } from './atrium/billing/v1/GetPaymentMethodResponse';
import type { HandleProviderWebhookRequest as _atrium_billing_v1_HandleProviderWebhookRequest, HandleProviderWebhookRequest__Output as _atrium_billing_v1_HandleProviderWebhookRequest__Output } from './atrium/billing/v1/HandleProviderWebhookRequest';
import type { HandleProviderWebhookResponse as _atrium_billing_v1_HandleProviderWebhookResponse, HandleProviderWebhookResponse__Output as _atrium_billing_v1_HandleProviderWebhookResponse__Output } from './atrium/billing/v1/HandleProviderWebhookResponse';
import type { PaymentMethod as _atrium_billing_v1_PaymentMethod, PaymentMethod__Output as _atrium_billing_v1_PaymentMethod__Output } from './atrium/billing/v1/PaymentMethod';
import type { PaymentMethodOwner as _atrium_billing_v1_PaymentMethodOwner, PaymentMethodOwner__Output as _atrium_billing_v1_PaymentMethodOwner__Output } from './atrium/billing/v1/PaymentMethodOwner';
import type { RemovePaymentMethodRequest as _atrium_billing_v1_RemovePaymentMethodRequest, RemovePaymentMethodRequest__Output as _atrium_billing_v1_RemovePaymentMethodRequest__Output } from './atrium/billing/v1/RemovePaymentMethodRequest';
import type { RemovePaymentMethodResponse as _atrium_billing_v1_RemovePaymentMethodResponse, RemovePaymentMethodResponse__Output as _atrium_billing_v1_RemovePaymentMethodResponse__Output } from './atrium/billing/v1/RemovePaymentMethodResponse';
import type { SavePaymentMethodRequest as _atrium_billing_v1_SavePaymentMethodRequest, SavePaymentMethodRequest__Output as _atrium_billing_v1_SavePaymentMethodRequest__Output } from './atrium/billing/v1/SavePaymentMethodRequest';
import type { SavePaymentMethodResponse as _atrium_billing_v1_SavePaymentMethodResponse, SavePaymentMethodResponse__Output as _atrium_billing_v1_SavePaymentMethodResponse__Output } from './atrium/billing/v1/SavePaymentMethodResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    billing: {
      v1: {
        BillingService: SubtypeConstructor<typeof grpc.Client, _atrium_billing_v1_BillingServiceClient> & { service: _atrium_billing_v1_BillingServiceDefinition }
        GetClientStatusRequest: MessageTypeDefinition<_atrium_billing_v1_GetClientStatusRequest, _atrium_billing_v1_GetClientStatusRequest__Output>
        GetClientStatusResponse: MessageTypeDefinition<_atrium_billing_v1_GetClientStatusResponse, _atrium_billing_v1_GetClientStatusResponse__Output>
        GetPaymentMethodRequest: MessageTypeDefinition<_atrium_billing_v1_GetPaymentMethodRequest, _atrium_billing_v1_GetPaymentMethodRequest__Output>
        GetPaymentMethodResponse: MessageTypeDefinition<_atrium_billing_v1_GetPaymentMethodResponse, _atrium_billing_v1_GetPaymentMethodResponse__Output>
        HandleProviderWebhookRequest: MessageTypeDefinition<_atrium_billing_v1_HandleProviderWebhookRequest, _atrium_billing_v1_HandleProviderWebhookRequest__Output>
        HandleProviderWebhookResponse: MessageTypeDefinition<_atrium_billing_v1_HandleProviderWebhookResponse, _atrium_billing_v1_HandleProviderWebhookResponse__Output>
        PaymentMethod: MessageTypeDefinition<_atrium_billing_v1_PaymentMethod, _atrium_billing_v1_PaymentMethod__Output>
        PaymentMethodOwner: MessageTypeDefinition<_atrium_billing_v1_PaymentMethodOwner, _atrium_billing_v1_PaymentMethodOwner__Output>
        PaymentMethodStatus: EnumTypeDefinition
        ProjectedClientStatus: EnumTypeDefinition
        RemovePaymentMethodRequest: MessageTypeDefinition<_atrium_billing_v1_RemovePaymentMethodRequest, _atrium_billing_v1_RemovePaymentMethodRequest__Output>
        RemovePaymentMethodResponse: MessageTypeDefinition<_atrium_billing_v1_RemovePaymentMethodResponse, _atrium_billing_v1_RemovePaymentMethodResponse__Output>
        SavePaymentMethodRequest: MessageTypeDefinition<_atrium_billing_v1_SavePaymentMethodRequest, _atrium_billing_v1_SavePaymentMethodRequest__Output>
        SavePaymentMethodResponse: MessageTypeDefinition<_atrium_billing_v1_SavePaymentMethodResponse, _atrium_billing_v1_SavePaymentMethodResponse__Output>
      }
    }
  }
}

