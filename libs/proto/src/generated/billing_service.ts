import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { BillingServiceClient as _atrium_billing_v1_BillingServiceClient, BillingServiceDefinition as _atrium_billing_v1_BillingServiceDefinition } from './atrium/billing/v1/BillingService';
import type { GetClientStatusRequest as _atrium_billing_v1_GetClientStatusRequest, GetClientStatusRequest__Output as _atrium_billing_v1_GetClientStatusRequest__Output } from './atrium/billing/v1/GetClientStatusRequest';
import type { GetClientStatusResponse as _atrium_billing_v1_GetClientStatusResponse, GetClientStatusResponse__Output as _atrium_billing_v1_GetClientStatusResponse__Output } from './atrium/billing/v1/GetClientStatusResponse';

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
        ProjectedClientStatus: EnumTypeDefinition
      }
    }
  }
}

